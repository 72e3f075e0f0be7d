'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { sandboxKeys, type SandboxListParams } from '@/lib/client/query-keys';
import { fetchSandbox, fetchSandboxes } from '@/lib/client/sandboxes';
import { isUuid } from '@/lib/contract/ids';

/** Typing pauses this long before the server is asked: one request per word, not per key. */
export const SEARCH_DEBOUNCE_MS = 150;
/** Rows the palette shows; more matches are a link to the list, filtered. */
export const SEARCH_LIMIT = 12;

function useDebounced(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (value === settled) return;
    // Clearing the box needs no wait: recent sandboxes come back at once.
    const timer = setTimeout(() => setSettled(value), value === '' ? 0 : ms);
    return () => clearTimeout(timer);
  }, [value, settled, ms]);
  return settled;
}

/**
 * Sandboxes by name, searched on the server with the list's `q` (API-NOTES "List"). A request starts once typing
 * pauses; TanStack aborts one whose answer is no longer wanted (the fetch takes its signal), and the previous
 * answer stays on screen meanwhile, filtered again by the palette as the query grows, so rows never flash away.
 * An older API ignores `q` and sends every sandbox without X-Total-Count: then that one answer is kept and
 * searched in the browser for every later query.
 */
export function useSandboxSearch(query: string, open: boolean) {
  const needle = query.trim();
  const settled = useDebounced(needle, SEARCH_DEBOUNCE_MS);
  const [clientSide, setClientSide] = useState(false);
  const params: SandboxListParams = clientSide
    ? {}
    : { q: settled, sort: 'name', order: 'asc', limit: SEARCH_LIMIT };
  const search = useQuery({
    queryKey: sandboxKeys.list(params),
    queryFn: ({ signal }) => fetchSandboxes(params, signal),
    enabled: open && settled !== '' && !isUuid(settled),
    placeholderData: keepPreviousData,
  });
  const answer = search.data;
  if (answer && answer.total === null && !clientSide) setClientSide(true);

  // A whole id typed (or pasted) is looked up directly: names never look like UUIDs, and ids aren't searched.
  const byId = useQuery({
    queryKey: sandboxKeys.detail(needle.toLowerCase()),
    queryFn: ({ signal }) => fetchSandbox(needle.toLowerCase(), signal),
    enabled: open && isUuid(needle),
    retry: false,
  });

  const current = !search.isPlaceholderData && settled === needle;
  return {
    found: answer?.items ?? [],
    /** The rows are this query's full answer: every match is there, none cut off. */
    complete:
      current && answer !== undefined && (answer.total === null || answer.total <= answer.items.length),
    moreOnServer: current && answer?.total ? Math.max(0, answer.total - answer.items.length) : 0,
    searching: needle !== '' && !isUuid(needle) && (!current || search.isFetching),
    error: current && search.isError ? search.error : null,
    retry: () => void search.refetch(),
    byId: isUuid(needle) ? byId : undefined,
  };
}
