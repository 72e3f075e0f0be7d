/**
 * The list view state's two outside forms: the page URL (so a view can be shared and reloaded) and the
 * upstream API query.
 *
 * Every value read from a URL is allow-listed: a hand-edited or stale link falls back to a default instead of
 * reaching the API as something it would reject.
 */
import {
  DEFAULT_LIST_STATE,
  addMetadataFilter,
  PAGE_SIZES,
  REFRESH_INTERVALS,
  SORT_FIELDS,
  SORT_ORDERS,
  STATUS_FILTERS,
  defaultOrder,
  normalizeQuery,
  normalizeTemplateRef,
  type ListState,
  type MetadataFilter,
  type SortField,
  type SortOrder,
} from './state';

// One import point for the list's UI: the model and its updaters live in ./state.
export * from './state';

/** Next.js page `searchParams` (awaited) or a URLSearchParams / ReadonlyURLSearchParams. */
export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

/** URL parameter names. A metadata filter is `meta.<key>=<value>`, mirroring the API's `metadata.<key>=<value>`. */
export const LIST_PARAMS = {
  status: 'status',
  q: 'q',
  template: 'template',
  sort: 'sort',
  order: 'order',
  page: 'page',
  pageSize: 'size',
  refresh: 'refresh',
} as const;
export const META_PARAM_PREFIX = 'meta.';

/** Keeps `(page - 1) * pageSize` a small, exact integer. */
export const PAGE_MAX = 1_000_000;

export function parseListParams(input: SearchParamsInput): ListState {
  const entries = entriesOf(input);
  // Like URLSearchParams.get: the first occurrence of a scalar parameter counts.
  const first = (name: string) => entries.find(([key]) => key === name)?.[1];
  const sort = pick(SORT_FIELDS, first(LIST_PARAMS.sort)) ?? DEFAULT_LIST_STATE.sort;
  return {
    status: pick(STATUS_FILTERS, first(LIST_PARAMS.status)) ?? DEFAULT_LIST_STATE.status,
    q: normalizeQuery(first(LIST_PARAMS.q) ?? ''),
    metadata: parseMetadataParams(entries),
    template: normalizeTemplateRef(first(LIST_PARAMS.template) ?? ''),
    sort,
    order: pick(SORT_ORDERS, first(LIST_PARAMS.order)) ?? defaultOrder(sort),
    page: parsePage(first(LIST_PARAMS.page)),
    pageSize: pick(PAGE_SIZES, first(LIST_PARAMS.pageSize)) ?? DEFAULT_LIST_STATE.pageSize,
    refresh: pick(REFRESH_INTERVALS, first(LIST_PARAMS.refresh)) ?? DEFAULT_LIST_STATE.refresh,
  };
}

/** The page URL's query. Defaults are left out so a plain view has a plain URL. */
export function serializeListParams(state: ListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.status !== 'all') params.set(LIST_PARAMS.status, state.status);
  if (state.q !== '') params.set(LIST_PARAMS.q, state.q);
  for (const { key, value } of state.metadata) params.set(META_PARAM_PREFIX + key, value);
  if (state.template !== '') params.set(LIST_PARAMS.template, state.template);
  if (state.sort !== DEFAULT_LIST_STATE.sort) params.set(LIST_PARAMS.sort, state.sort);
  if (state.order !== defaultOrder(state.sort)) params.set(LIST_PARAMS.order, state.order);
  if (state.page !== 1) params.set(LIST_PARAMS.page, String(state.page));
  if (state.pageSize !== DEFAULT_LIST_STATE.pageSize)
    params.set(LIST_PARAMS.pageSize, String(state.pageSize));
  if (state.refresh !== 'off') params.set(LIST_PARAMS.refresh, String(state.refresh));
  return params;
}

/** `pathname` plus the serialized state, without a dangling `?` when everything is default. */
export function listHref(state: ListState, pathname = '/sandboxes'): string {
  const query = serializeListParams(state).toString();
  return query === '' ? pathname : `${pathname}?${query}`;
}

/** The upstream list parameters as an object — the shape of `SandboxListParams` in lib/client/query-keys. */
export type ApiListParams = {
  status?: string;
  q?: string;
  sort: SortField;
  order: SortOrder;
  limit: number;
  offset: number;
  metadata?: Record<string, string>;
};

/**
 * The upstream `GET /sandboxes` parameters, for the query key and `useSandboxes`. Older deployments ignore all
 * but the metadata filters; see `resolveListPage` for how the answer is read.
 */
export function toApiParams(state: ListState): ApiListParams {
  // The API answers 400 to an empty or repeated key: drop the one, let the last value of the other win.
  // Object.fromEntries (not assignment) so a key like "__proto__" stays an ordinary key.
  const filters = state.metadata.filter(({ key }) => key !== '').map(({ key, value }) => [key, value]);
  return {
    ...(filters.length > 0 && { metadata: Object.fromEntries(filters) }),
    ...(state.status !== 'all' && { status: state.status }),
    ...(state.q !== '' && { q: state.q }),
    sort: state.sort,
    order: state.order,
    limit: state.pageSize,
    offset: (state.page - 1) * state.pageSize,
  };
}

function parseMetadataParams(entries: ReadonlyArray<readonly [string, string]>): readonly MetadataFilter[] {
  // Folded through addMetadataFilter so a hand-written URL obeys the same rules as a clicked chip: a repeated
  // key keeps its first place and takes the last value; unusable filters and those past the limit are dropped.
  let state: ListState = DEFAULT_LIST_STATE;
  for (const [name, value] of entries) {
    if (name.startsWith(META_PARAM_PREFIX)) {
      state = addMetadataFilter(state, { key: name.slice(META_PARAM_PREFIX.length), value });
    }
  }
  return state.metadata;
}

function parsePage(raw: string | undefined): number {
  // Digits only, no leading zero: "2.5", "1e3", "-1", " 2" and "02" all fall back to page 1.
  if (raw === undefined || !/^[1-9]\d*$/.test(raw)) return 1;
  const page = Number(raw);
  return page <= PAGE_MAX ? page : 1;
}

/** The allowed value whose string form equals `raw` exactly (so "025" or "Active" are not accepted). */
function pick<T extends string | number>(allowed: readonly T[], raw: string | undefined): T | undefined {
  return raw === undefined ? undefined : allowed.find((value) => String(value) === raw);
}

function entriesOf(input: SearchParamsInput): Array<[string, string]> {
  // Duck-typed: Next's ReadonlyURLSearchParams and URLSearchParams from another realm are not always
  // `instanceof URLSearchParams`; a plain record's values are never functions.
  if (typeof input.getAll === 'function') return Array.from((input as URLSearchParams).entries());
  const entries: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(input as Record<string, string | string[] | undefined>)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) entries.push([key, one]);
  }
  return entries;
}
