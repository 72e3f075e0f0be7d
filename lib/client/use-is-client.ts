'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False on the server and during hydration, true after, without an effect that sets state. For what the
 * server cannot know (the create form's draft in sessionStorage, a random name) and for what works only once
 * the page's JavaScript runs (a keyboard shortcut).
 */
export function useIsClient(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
