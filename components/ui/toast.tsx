'use client';

import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { cn } from './cn';
import { AlertIcon, CheckIcon, InfoIcon, XIcon } from './icons';
import { dismissToast, getServerToasts, getToasts, subscribeToasts, type ToastItem } from './toast-store';

export { toast } from './toast-store';
export type { ToastInput, ToastTone } from './toast-store';

const ICONS = {
  success: <CheckIcon className="text-success-text size-4" />,
  error: <AlertIcon className="text-danger-text size-4" />,
  info: <InfoIcon className="text-info-text size-4" />,
};

function Toast({ item }: { item: ToastItem }) {
  // The countdown pauses while the pointer or focus is on the toast, so it never vanishes while being read.
  const [paused, setPaused] = useState(false);
  const remaining = useRef(item.duration);
  useEffect(() => {
    if (paused) return;
    const started = Date.now();
    const timer = setTimeout(() => dismissToast(item.id), remaining.current);
    return () => {
      clearTimeout(timer);
      remaining.current -= Date.now() - started;
    };
  }, [paused, item.id]);

  return (
    <li
      className={cn(
        'rounded-card bg-surface shadow-overlay pointer-events-auto flex w-full items-start gap-3 border p-3.5',
        'animate-slide-in',
        item.tone === 'error' ? 'border-danger-line' : 'border-line',
      )}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
    >
      <span className="mt-0.5">{ICONS[item.tone]}</span>
      <div className="min-w-0 flex-1">
        <p className="text-fg text-sm font-medium">{item.title}</p>
        {item.description ? <p className="text-fg-muted mt-0.5 text-sm">{item.description}</p> : null}
      </div>
      <button
        type="button"
        onClick={() => dismissToast(item.id)}
        aria-label="Dismiss notification"
        className="rounded-control text-fg-subtle hover:bg-surface-hover hover:text-fg -m-1 p-1"
      >
        <XIcon />
      </button>
    </li>
  );
}

/** Render once, in the root layout. The list is a polite live region, so new toasts are read out. */
export function Toaster() {
  const items = useSyncExternalStore(subscribeToasts, getToasts, getServerToasts);
  return (
    <section
      aria-label="Notifications"
      className="pointer-events-none fixed right-4 bottom-4 z-[60] flex w-[min(24rem,calc(100vw-2rem))] flex-col"
    >
      <ol aria-live="polite" aria-relevant="additions text" className="flex flex-col gap-2">
        {items.map((item) => (
          <Toast key={item.id} item={item} />
        ))}
      </ol>
    </section>
  );
}
