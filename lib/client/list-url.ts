/**
 * The URL of a sandbox-list request. Not a client module, so the server computes the very URL the browser's
 * list query will fetch and preloads it from the page's HTML (app/sandboxes/page.tsx): byte for byte the same,
 * or the browser would fetch twice.
 */
import { apiUrl, type QueryValue } from './api';
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
