'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import { useAllSandboxes } from '@/lib/client/all-sandboxes';
import { prefetchSandboxes, useSandboxes } from '@/lib/client/sandboxes';
import { useTemplates } from '@/lib/client/templates';
import { applyClientSide, resolveListPage, type ListPage } from '@/lib/list/client-side';
import { refreshIntervalMs, toApiParams, type ListState } from '@/lib/list/filters';
import { clampPage } from '@/lib/list/paging';
import { filterByTemplate } from '@/lib/list/template-filter';
import type { SandboxListItem } from '@/lib/contract';
import type { Navigate } from './use-list-state';

/**
 * The rows for the current view. A deployment that sends X-Total-Count filtered, sorted and paged on the server;
 * one that does not (older deployments) sent every sandbox matching the metadata filters, and the browser does the
 * rest (lib/list/client-side). The previous rows stay while the next page loads (keepPreviousData in useSandboxes);
 * polling stops while the tab is hidden (TanStack Query's default for refetchInterval).
 *
 * The template filter is the browser's on every deployment (the API has none): then every sandbox is fetched
 * (lib/client/all-sandboxes), kept when made from the template, and searched, sorted and paged here.
 */
export function useSandboxList(state: ListState, navigate: Navigate) {
  const params = useMemo(() => toApiParams(state), [state]);
  const byTemplate = state.template !== '';
  const interval = refreshIntervalMs(state.refresh);
  const paged = useSandboxes(params, { refetchInterval: interval, enabled: !byTemplate });
  const everything = useAllSandboxes(params.metadata, { refetchInterval: interval, enabled: byTemplate });
  // Names a template by id or name either way; the sandbox table loads the same list for its Template column.
  const { data: templates, isPending: templatesPending } = useTemplates();
  // Until the templates are known, a sandbox naming the template by id can't be matched: wait, not "no match".
  const waiting = byTemplate && templatesPending;
  const query = byTemplate ? everything : paged;
  const { data, isPlaceholderData } = query;

  const page = useMemo((): ListPage<SandboxListItem> | undefined => {
    if (!data || waiting) return undefined;
    if (!byTemplate) return resolveListPage(data.items, data.total, state);
    const made = filterByTemplate(data.items, state.template, templates);
    return { ...applyClientSide(made, state), source: 'client' };
  }, [data, waiting, byTemplate, state, templates]);

  // A shared link to page 9, or deleting the last rows of the last page: show the last page that exists.
  const total = page?.total;
  useEffect(() => {
    if (total === undefined || isPlaceholderData) return;
    const clamped = clampPage(state.page, total, state.pageSize);
    if (clamped !== state.page) navigate({ ...state, page: clamped }, { replace: true });
  }, [total, isPlaceholderData, state, navigate]);

  return { query, page, pending: query.isPending || waiting };
}

/**
 * For useListState's `onNavigate`: a new page, filter or sort starts its request from the click itself, while
 * React renders the change (the previous rows, dimmed), instead of after that render commits.
 */
export function usePrefetchListView(): (next: ListState) => void {
  const client = useQueryClient();
  return useCallback(
    (next: ListState) => {
      // A template filter loads every sandbox (useAllSandboxes), page after page: that starts as it does.
      if (next.template === '') prefetchSandboxes(client, toApiParams(next));
    },
    [client],
  );
}
