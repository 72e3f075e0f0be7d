'use client';

import { useQuery } from '@tanstack/react-query';
import type { HealthResponse } from '@/lib/contract';
import { apiFetch } from './api';
import { healthKeys } from './query-keys';

export const HEALTH_POLL_MS = 30_000;

export function fetchHealth(signal?: AbortSignal): Promise<HealthResponse> {
  return apiFetch<HealthResponse>('/health', { signal });
}

/**
 * Polls `GET /api/health` for the header's indicator. No retries: a failed check should show "unreachable"
 * now, and the next poll (or a window refocus) tries again anyway.
 */
export function useHealth() {
  return useQuery({
    queryKey: healthKeys.all,
    queryFn: ({ signal }) => fetchHealth(signal),
    refetchInterval: HEALTH_POLL_MS,
    retry: false,
    staleTime: 10_000,
  });
}
