'use client';

import { useIsFetching, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'next/navigation';
import { useCallback } from 'react';
import { refreshIntervalMs, type RefreshInterval } from '@/lib/list/filters';
import { overviewHref, parseOverviewRefresh } from '@/lib/overview/url';

/**
 * The overview's refresh: the auto-refresh interval lives in the URL (`?refresh=15`, like the list's), and
 * "Refresh" refetches every query the page shows at once, whichever sections they belong to.
 */
export function useOverviewRefresh() {
  const searchParams = useSearchParams();
  const interval = parseOverviewRefresh(searchParams);
  const client = useQueryClient();
  const refreshing = useIsFetching() > 0;

  const setInterval = useCallback((next: RefreshInterval) => {
    // Through the history API, which Next's router follows without a server round trip (as the list does).
    window.history.replaceState(null, '', overviewHref(next));
  }, []);

  const refresh = useCallback(() => client.refetchQueries({ type: 'active' }), [client]);

  return { interval, intervalMs: refreshIntervalMs(interval), setInterval, refresh, refreshing };
}
