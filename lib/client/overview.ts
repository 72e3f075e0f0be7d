'use client';

/**
 * The overview's counts by state: one small request per state, cached under the sandbox lists, so every
 * sandbox write (which invalidates the lists) refreshes them too. The server prefetches the same keys
 * (lib/server/page-data prefetchOverview), so the first paint carries the numbers.
 */
import { useQueries } from '@tanstack/react-query';
import {
  countFromAnswer,
  OVERVIEW_STATES,
  stateCountParams,
  type OverviewState,
} from '@/lib/overview/counts';
import { sandboxKeys } from './query-keys';
import { fetchSandboxes } from './sandboxes';

export type StateCount = {
  state: OverviewState;
  count: number | undefined;
  error: unknown;
  isPending: boolean;
  isFetching: boolean;
  updatedAt: number;
  refetch: () => Promise<unknown>;
};

export function useStateCounts(refetchInterval: number | false): StateCount[] {
  return useQueries({
    queries: OVERVIEW_STATES.map((state) => {
      const params = stateCountParams(state);
      return {
        queryKey: sandboxKeys.list(params),
        queryFn: ({ signal }: { signal: AbortSignal }) => fetchSandboxes(params, signal),
        refetchInterval,
      };
    }),
    combine: (results) =>
      results.map((result, index) => {
        const state = OVERVIEW_STATES[index] as OverviewState;
        return {
          state,
          count: result.data ? countFromAnswer(state, result.data) : undefined,
          error: result.error,
          isPending: result.isPending,
          isFetching: result.isFetching,
          updatedAt: result.dataUpdatedAt,
          refetch: result.refetch,
        };
      }),
  });
}
