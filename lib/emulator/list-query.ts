/** Parses and checks the query string of `GET /sandboxes`. */
import { LIST_LIMIT_MAX, METADATA_FILTER_PREFIX, metadataFilterCountProblem } from '@/lib/contract';

import { badRequest } from './errors';
import type { SandboxListQuery, SandboxSort, SortOrder } from './store/sandboxes';
import { SANDBOX_STATES } from './store/types';

const SORTS: readonly SandboxSort[] = ['created_at', 'name', 'status'];
const ORDERS: readonly SortOrder[] = ['asc', 'desc'];

function integerParam(params: URLSearchParams, name: string, min: number, max: number, message: string) {
  const raw = params.get(name);
  if (raw === null || raw === '') return undefined;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) throw badRequest(message);
  return value;
}

function oneOf<T extends string>(
  params: URLSearchParams,
  name: string,
  allowed: readonly T[],
): T | undefined {
  const raw = params.get(name);
  if (raw === null || raw === '') return undefined;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw badRequest(`${name} must be one of ${allowed.join(', ')}; got ${JSON.stringify(raw)}`);
  }
  return raw as T;
}

/**
 * `metadata.<key>=<value>` pairs, ANDed. An empty or repeated key is a 400, as in the real API; so is a count over
 * LIST_METADATA_FILTERS_MAX (our Decision: each filter is one more term of the store's query, and past SQLite's
 * limit of 500 terms that query fails outright).
 */
function metadataFilters(params: URLSearchParams): [string, string][] {
  const tooMany = metadataFilterCountProblem(params);
  if (tooMany) throw badRequest(tooMany);
  const filters = new Map<string, string>();
  for (const [name, value] of params) {
    if (!name.startsWith(METADATA_FILTER_PREFIX)) continue;
    const key = name.slice(METADATA_FILTER_PREFIX.length);
    if (key === '') throw badRequest('metadata filter key cannot be empty');
    if (filters.has(key)) throw badRequest(`metadata filter key "${key}" is repeated; give each key once`);
    filters.set(key, value);
  }
  return [...filters];
}

export function parseListQuery(params: URLSearchParams): SandboxListQuery {
  const sort = oneOf(params, 'sort', SORTS) ?? 'created_at';
  return {
    metadata: metadataFilters(params),
    status: oneOf(params, 'status', SANDBOX_STATES),
    q: params.get('q') || undefined,
    sort,
    // Newest first by default; names and states read naturally A→Z.
    order: oneOf(params, 'order', ORDERS) ?? (sort === 'created_at' ? 'desc' : 'asc'),
    limit: integerParam(
      params,
      'limit',
      1,
      LIST_LIMIT_MAX,
      `limit must be an integer between 1 and ${LIST_LIMIT_MAX}`,
    ),
    offset:
      integerParam(params, 'offset', 0, Number.MAX_SAFE_INTEGER, 'offset must be a non-negative integer') ??
      0,
  };
}
