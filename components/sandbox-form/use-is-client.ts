'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False on the server and during hydration, true after. The create form's first values come from
 * sessionStorage (a draft) and a random name, which the server cannot know; rendering it only on the client
 * avoids a hydration mismatch without an effect that sets state.
 */
export function useIsClient(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
