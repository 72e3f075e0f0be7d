'use client';

import { lazy, Suspense, type ComponentType } from 'react';

/**
 * A dialog whose code (and the dialog library's) loads when it is first asked to open, not with the page. The
 * caller keeps the open state, so a press is never lost: while closed the wrapper renders nothing, and once open
 * the dialog shows as soon as its code is there (at once when `preload`, called from the opening button's hover
 * or focus, fetched it already).
 */
export function lazyDialog<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
  isOpen: (props: Props) => boolean,
) {
  const Dialog = lazy(() => load().then((component) => ({ default: component })));
  function LazyDialog(props: Props) {
    if (!isOpen(props)) return null;
    return (
      <Suspense fallback={null}>
        <Dialog {...props} />
      </Suspense>
    );
  }
  return { LazyDialog, preload: () => void load() };
}
