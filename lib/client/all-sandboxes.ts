'use client';

/**
 * Every sandbox, not one page: for what the API can't answer per page — which sandboxes use a template (the
 * templates list's count, its delete dialog, the sandbox list's template filter). A deployment that sends
 * X-Total-Count pages on the server, so the pages are fetched until the total is reached; one that doesn't
 * (older deployments) ignores `limit` and `offset` and sent everything in the first answer.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { sandboxKeys } from './query-keys';
import { collectAllSandboxes, type SandboxList } from './sandbox-list';
import { fetchSandboxes } from './sandboxes';

export function fetchAllSandboxes(
  metadata: Record<string, string> | undefined,
  signal?: AbortSignal,
): Promise<SandboxList> {
  return collectAllSandboxes(metadata, (params) => fetchSandboxes(params, signal));
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
