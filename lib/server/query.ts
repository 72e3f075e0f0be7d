import 'server-only';

import { metadataFilterCountProblem } from '@/lib/contract';

import { errorResponse } from './errors';

/**
 * The proxy's check of a query string, before it is forwarded: a refusal, or undefined to go ahead. Only
 * `GET /sandboxes` has one: at most LIST_METADATA_FILTERS_MAX metadata filters (a Decision, lib/contract/limits).
 * The embedded API would answer 400 itself, but the real API documents no limit, and hundreds of filters are no
 * request our UI makes; the rest of the query the upstream checks as it always did.
 */
export function checkQuery(method: string, path: string, search: string): Response | undefined {
  if ((method !== 'GET' && method !== 'HEAD') || path !== '/sandboxes') return undefined;
  const problem = metadataFilterCountProblem(new URLSearchParams(search));
  return problem === undefined ? undefined : errorResponse(400, 'bad_request', problem);
}
