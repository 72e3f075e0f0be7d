'use client';

import { useEffect, useState, type ComponentType } from 'react';
import { toast } from '@/components/ui/toast';

/**
 * A part whose code loads on demand and then renders at once, every time. Not React.lazy: a lazy component
 * suspends on its first render even when its code is already here, and React then holds the reveal back for its
 * fallback throttle (~300 ms; bench:palette measured a first open of ~400 ms that way). Here the loaded component
 * is kept and rendered directly, and the owner mounts it (closed) as soon as its code is here.
 */
export function preloadable<Props extends object>(load: () => Promise<ComponentType<Props>>, what: string) {
  let loaded: ComponentType<Props> | undefined;
  let loading: Promise<ComponentType<Props>> | undefined;

  function ensure(): Promise<ComponentType<Props>> {
    loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined; // a later press may try again (the network came back)
        throw error;
      },
    );
    return loading;
  }

  /** Renders the part once its code is here (nothing before). */
  function Loaded(props: Props) {
    const Component = loaded;
    return Component ? <Component {...props} /> : null;
  }

  /** Whether the part can render now that it is `wanted`: at once when its code is here, else when it arrives. */
  function useReady(wanted: boolean): boolean {
    const [arrived, setArrived] = useState(false);
    const ready = loaded !== undefined || arrived;
    useEffect(() => {
      if (!wanted || ready) return;
      let current = true;
      ensure().then(
        () => current && setArrived(true),
        () =>
          toast({
            tone: 'error',
            title: `Couldn’t load ${what}`,
            description: 'Check your connection and press the key again.',
          }),
      );
      return () => {
        current = false;
      };
    }, [wanted, ready]);
    return wanted && ready;
  }

  return { Loaded, useReady, preload: () => void ensure().catch(() => undefined) };
}

/**
 * True once the page has loaded and the browser has then been idle (or 3 s have passed where it can't tell): the
 * moment to fetch and mount parts the page may need soon, without competing with its own first load and
 * hydration (the page's lazy parts, like a sandbox's console, are requested before `load` fires).
 */
export function useIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    const done = () => setIdle(true);
    let cancel = () => {};
    const afterLoad = () => {
      if (typeof window.requestIdleCallback === 'function') {
        const id = window.requestIdleCallback(done, { timeout: 5_000 });
        cancel = () => window.cancelIdleCallback(id);
      } else {
        const timer = setTimeout(done, 3_000);
        cancel = () => clearTimeout(timer);
      }
    };
    if (document.readyState === 'complete') afterLoad();
    else {
      window.addEventListener('load', afterLoad, { once: true });
      cancel = () => window.removeEventListener('load', afterLoad);
    }
    return () => cancel();
  }, []);
  return idle;
}
