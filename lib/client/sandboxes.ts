'use client';

import { keepPreviousData, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { SandboxListItem, SandboxResponse } from '@/lib/contract';
import { apiRequest, apiFetch } from './api';
import { sandboxListQuery } from './list-url';
import { sandboxKeys, type SandboxListParams } from './query-keys';
import { readSandboxList, type SandboxList } from './sandbox-list';

export type { SandboxList };

export async function fetchSandboxes(
  params: SandboxListParams = {},
  signal?: AbortSignal,
): Promise<SandboxList> {
  const { data, headers } = await apiRequest<unknown>('/sandboxes', {
    query: sandboxListQuery(params),
    signal,
  });
  return readSandboxList(data, headers);
}

export function fetchSandbox(id: string, signal?: AbortSignal): Promise<SandboxResponse> {
  return apiFetch<SandboxResponse>(`/sandboxes/${encodeURIComponent(id)}`, { signal });
}

type ListOptions = {
  /** Poll every n ms (the list's refresh control); TanStack pauses polling while the tab is hidden. */
  refetchInterval?: number | false;
  enabled?: boolean;
};

function listQueryOptions(params: SandboxListParams) {
  return {
    queryKey: sandboxKeys.list(params),
    queryFn: ({ signal }: { signal: AbortSignal }) => fetchSandboxes(params, signal),
  };
}

/** The sandbox list. The previous page stays on screen while the next one loads. */
export function useSandboxes(params: SandboxListParams = {}, options: ListOptions = {}) {
  return useQuery({
    ...listQueryOptions(params),
    placeholderData: keepPreviousData,
    refetchInterval: options.refetchInterval ?? false,
    enabled: options.enabled ?? true,
  });
}

/**
 * Starts loading a list page useSandboxes is about to ask for (the same cache entry): a click can start the
 * request before React has rendered the new view. Fresh data in the cache is not fetched again.
 */
export function prefetchSandboxes(client: QueryClient, params: SandboxListParams): void {
  void client.prefetchQuery(listQueryOptions(params));
}

/** A list item already in the cache, shown while the full sandbox loads (so a row click paints at once). */
export function findSandboxInLists(client: QueryClient, id: string): SandboxListItem | undefined {
  for (const [, list] of client.getQueriesData<SandboxList>({ queryKey: sandboxKeys.lists() })) {
    const hit = list?.items.find((item) => item.id === id);
    if (hit) return hit;
  }
  return undefined;
}

type DetailOptions = { refetchInterval?: number | false | ((sandbox?: SandboxResponse) => number | false) };

export function useSandbox(id: string, options: DetailOptions = {}) {
  const client = useQueryClient();
  const { refetchInterval } = options;
  return useQuery<SandboxResponse, Error, SandboxResponse, ReturnType<typeof sandboxKeys.detail>>({
    queryKey: sandboxKeys.detail(id),
    queryFn: ({ signal }) => fetchSandbox(id, signal),
    placeholderData: () => findSandboxInLists(client, id),
    refetchInterval:
      typeof refetchInterval === 'function' ? (query) => refetchInterval(query.state.data) : refetchInterval,
  });
}
