'use client';

import { useEffect, useMemo } from 'react';
import { useSandboxes } from '@/lib/client/sandboxes';
import { resolveListPage } from '@/lib/list/client-side';
import { refreshIntervalMs, toApiParams, type ListState } from '@/lib/list/filters';
import { clampPage } from '@/lib/list/paging';
import type { Navigate } from './use-list-state';

/**
 * The rows for the current view. A deployment that sends X-Total-Count filtered, sorted and paged on the server;
 * one that does not (older deployments) sent every sandbox matching the metadata filters, and the browser does the
 * rest (lib/list/client-side). The previous rows stay while the next page loads (keepPreviousData in useSandboxes);
 * polling stops while the tab is hidden (TanStack Query's default for refetchInterval).
 */
export function useSandboxList(state: ListState, navigate: Navigate) {
  const params = useMemo(() => toApiParams(state), [state]);
  const query = useSandboxes(params, { refetchInterval: refreshIntervalMs(state.refresh) });
  const { data, isPlaceholderData } = query;
  const page = useMemo(
    () => (data ? resolveListPage(data.items, data.total, state) : undefined),
    [data, state],
  );

  // A shared link to page 9, or deleting the last rows of the last page: show the last page that exists.
  const total = page?.total;
  useEffect(() => {
    if (total === undefined || isPlaceholderData) return;
    const clamped = clampPage(state.page, total, state.pageSize);
    if (clamped !== state.page) navigate({ ...state, page: clamped }, { replace: true });
  }, [total, isPlaceholderData, state, navigate]);

  return { query, page };
}
