'use client';

/**
 * Every sandbox, not one page: for what the API can't answer per page — which sandboxes use a template (the
 * templates list's count, its delete dialog, the sandbox list's template filter). A deployment that sends
 * X-Total-Count pages on the server, so the pages are fetched until the total is reached; one that doesn't
 * (older deployments) ignores `limit` and `offset` and sent everything in the first answer.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SandboxListItem } from '@/lib/contract';
import { allSandboxesParams } from './list-url';
import { sandboxKeys } from './query-keys';
import { fetchSandboxes, type SandboxList } from './sandboxes';

/** A bound on the loop, whatever a misbehaving total says: 200 pages of 200 sandboxes. */
const MAX_PAGES = 200;

export async function fetchAllSandboxes(
  metadata: Record<string, string> | undefined,
  signal?: AbortSignal,
): Promise<SandboxList> {
  const first = await fetchSandboxes(allSandboxesParams(metadata, 0), signal);
  if (first.total === null) return first;
  const byId = new Map<string, SandboxListItem>(first.items.map((item) => [item.id, item]));
  let offset = first.items.length;
  for (let page = 1; offset < first.total && page < MAX_PAGES; page++) {
    const next = await fetchSandboxes(allSandboxesParams(metadata, offset), signal);
    if (next.items.length === 0) break; // some were deleted meanwhile: the total shrank
    // A sandbox deleted meanwhile shifts the rest back by one, so one may come twice: keep it once.
    for (const item of next.items) byId.set(item.id, item);
    offset += next.items.length;
  }
  const items = [...byId.values()];
  // `total` is the count held, so the list's optimistic updates (removeCachedSandbox) keep it right.
  return { items, total: items.length };
}

type Options = { refetchInterval?: number | false; enabled?: boolean };

/** Every sandbox matching `metadata`; cached under the sandbox lists, so sandbox writes refresh it too. */
export function useAllSandboxes(metadata?: Record<string, string>, options: Options = {}) {
  return useQuery({
    queryKey: sandboxKeys.everything(metadata),
    queryFn: ({ signal }) => fetchAllSandboxes(metadata, signal),
    placeholderData: keepPreviousData,
    refetchInterval: options.refetchInterval ?? false,
    enabled: options.enabled ?? true,
  });
}
