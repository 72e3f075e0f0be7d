'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import {
  listHref,
  parseListParams,
  serializeListParams,
  withChanges,
  type ListState,
} from '@/lib/list/filters';

export type Navigate = (next: ListState, options?: { replace?: boolean }) => void;

/**
 * The list's view state IS the URL (so a view can be shared and reloaded). Changes go through the browser's
 * history API, which Next's router picks up (useSearchParams re-renders) without a server round trip.
 * Discrete changes push a history entry (Back undoes them); typing in the search box replaces it.
 * `onNavigate` hears of a new view as it is asked for (the list starts loading its rows there), with the state
 * the page will read back from the URL.
 */
export function useListState(onNavigate?: (next: ListState) => void) {
  const searchParams = useSearchParams();
  const state = useMemo(() => parseListParams(searchParams), [searchParams]);

  const navigate = useCallback<Navigate>(
    (next, { replace = false } = {}) => {
      const href = listHref(next, window.location.pathname);
      if (href === window.location.pathname + window.location.search) return;
      onNavigate?.(parseListParams(serializeListParams(next)));
      // `null` as the history state is what lets Next's router follow the change.
      if (replace) window.history.replaceState(null, '', href);
      else window.history.pushState(null, '', href);
    },
    [onNavigate],
  );

  const update = useCallback(
    (changes: Partial<ListState>, options?: { replace?: boolean }) =>
      navigate(withChanges(state, changes), options),
    [navigate, state],
  );

  return { state, navigate, update };
}
