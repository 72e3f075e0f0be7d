'use client';

import { useEffect, useState, type ComponentType } from 'react';
import { toast } from '@/components/ui/toast';
import type { CommandPaletteProps } from './command-palette';

// The palette (cmdk, its groups and searches) and the shortcut list are not part of any page's first load: they
// load on the first ⌘K, `?` or press of the button, and the palette is fetched ahead when the page is idle or
// the pointer or focus reaches the button, so even the first open is quick.
//
// Not React.lazy for the palette: a lazy component suspends on its first render even when its code is already
// here, and React then holds the reveal back for its fallback throttle (~300 ms). Once loaded, the component is
// kept here and rendered directly, so the first open is as quick as the next.
type Palette = ComponentType<CommandPaletteProps>;
let loadedPalette: Palette | undefined;
let loading: Promise<Palette> | undefined;
function loadPalette(): Promise<Palette> {
  loading ??= import('./command-palette').then(
    (module) => (loadedPalette = module.default),
    (error: unknown) => {
      loading = undefined; // a later press may try again (the network came back)
      throw error;
    },
  );
  return loading;
}
export const preloadPalette = () => void loadPalette().catch(() => undefined);

/**
 * When the browser is idle after the page loaded (or after 3 s where it can't tell), fetch the palette's code and
 * mount it, closed: the first open then costs what every later one does (mounting its dialog), not the mounting
 * of the whole palette too. Returns true once that happened.
 */
export function usePreloadWhenIdle(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    let current = true;
    const preload = () =>
      void loadPalette().then(
        () => current && setMounted(true),
        () => undefined, // the key press will try again, and say so if it fails
      );
    let cancel: () => void;
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(preload, { timeout: 5_000 });
      cancel = () => window.cancelIdleCallback(id);
    } else {
      const timer = setTimeout(preload, 3_000);
      cancel = () => clearTimeout(timer);
    }
    return () => {
      current = false;
      cancel();
    };
  }, []);
  return mounted;
}

/** The palette, once its code is here (it is kept in this module, set once). */
export function LoadedPalette(props: CommandPaletteProps) {
  const Component = loadedPalette;
  return Component ? <Component {...props} /> : null;
}

/** Whether the palette can render now that it is wanted: at once when its code is here, else when it arrives. */
export function usePaletteReady(wanted: boolean): boolean {
  const [arrived, setArrived] = useState(false);
  const ready = loadedPalette !== undefined || arrived;
  useEffect(() => {
    if (!wanted || ready) return;
    let current = true;
    loadPalette().then(
      () => current && setArrived(true),
      () =>
        toast({
          tone: 'error',
          title: 'Couldn’t load the command palette',
          description: 'Check your connection and press the key again.',
        }),
    );
    return () => {
      current = false;
    };
  }, [wanted, ready]);
  return wanted && ready;
}
