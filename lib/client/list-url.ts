/**
 * The URL of a sandbox-list request. Not a client module, so the server computes the very URL the browser's
 * list query will fetch and preloads it from the page's HTML (app/sandboxes/page.tsx): byte for byte the same,
 * or the browser would fetch twice.
 */
import { apiUrl, type QueryValue } from './api';
import { LIST_LIMIT_MAX } from '@/lib/contract/limits';
import type { SandboxListParams } from './query-keys';

/** `{metadata: {env: 'prod'}, status: 'active'}` → `{ status: 'active', 'metadata.env': 'prod' }`. */
export function sandboxListQuery(params: SandboxListParams): Record<string, QueryValue> {
  const { metadata, ...rest } = params;
  const query: Record<string, QueryValue> = { ...rest };
  for (const [key, value] of Object.entries(metadata ?? {})) query[`metadata.${key}`] = value;
  return query;
}

export function sandboxListUrl(params: SandboxListParams): string {
  return apiUrl('/sandboxes', sandboxListQuery(params));
}

/**
 * One page of "every sandbox" (lib/client/all-sandboxes): the largest page the API allows, oldest first, so a
 * sandbox created while the pages are fetched lands after them instead of shifting them.
 */
export function allSandboxesParams(
  metadata: Record<string, string> | undefined,
  offset: number,
): SandboxListParams {
  return {
    ...(metadata && Object.keys(metadata).length > 0 && { metadata }),
    sort: 'created_at',
    order: 'asc',
    limit: LIST_LIMIT_MAX,
    offset,
  };
}
