/**
 * The exact URL the browser's list query fetches for a view, computed without the client modules, so the server
 * can start that request early (a `<link rel="preload">` in the page's HTML) while the page's JavaScript loads.
 * It must equal what lib/client/sandboxes builds, byte for byte, or the browser fetches twice; a unit test holds
 * the two together.
 */
import { apiUrl, type QueryValue } from '@/lib/client/api';
import { toApiParams, type ListState } from './filters';

export function listRequestUrl(state: ListState): string {
  const { metadata, ...rest } = toApiParams(state);
  // Same order as sandboxListQuery: the plain parameters, then metadata.<key> for each filter.
  const query: Record<string, QueryValue> = { ...rest };
  for (const [key, value] of Object.entries(metadata ?? {})) query[`metadata.${key}`] = value;
  return apiUrl('/sandboxes', query);
}
