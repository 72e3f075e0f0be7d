/**
 * The sandbox list's view state: its allow-listed values, defaults, and the updates the UI makes to it.
 * Pure; the URL and API forms live in ./filters.
 */
// The zod-free parts of the contract, not its index: the list's bundle needs no schema library.
import {
  LIST_METADATA_FILTERS_MAX,
  METADATA_KEY_MAX_BYTES,
  METADATA_VALUE_MAX_BYTES,
  TEMPLATE_NAME_MAX_LENGTH,
} from '@/lib/contract/limits';
import { SANDBOX_STATUSES, type SandboxStatus } from '@/lib/contract/statuses';
import { utf8Bytes } from '@/lib/contract/bytes';

export const STATUS_FILTERS = ['all', ...SANDBOX_STATUSES] as const;
export const SORT_FIELDS = ['created_at', 'name', 'status'] as const;
export const SORT_ORDERS = ['asc', 'desc'] as const;
export const PAGE_SIZES = [10, 25, 50, 100, 200] as const;
export const REFRESH_INTERVALS = ['off', 5, 15, 60] as const;

export type StatusFilter = SandboxStatus | 'all';
export type SortField = (typeof SORT_FIELDS)[number];
export type SortOrder = (typeof SORT_ORDERS)[number];
export type PageSize = (typeof PAGE_SIZES)[number];
/** Seconds between automatic refreshes, or 'off'. */
export type RefreshInterval = (typeof REFRESH_INTERVALS)[number];
export type MetadataFilter = { key: string; value: string };

export type ListState = {
  status: StatusFilter;
  /** Case-insensitive name substring; '' = no search. */
  q: string;
  /** ANDed exact matches, in the order the user added them; keys are unique. */
  metadata: readonly MetadataFilter[];
  /**
   * Only sandboxes made from this template (its name, or an id); '' = any. The API can't filter by template:
   * the browser does, over the full list (lib/list/template-filter).
   */
  template: string;
  sort: SortField;
  order: SortOrder;
  /** 1-based. */
  page: number;
  pageSize: PageSize;
  refresh: RefreshInterval;
};

/** Longer searches are cut: names are at most 64 bytes, so nothing longer can match, and URLs stay bounded. */
export const QUERY_MAX_LENGTH = 256;

/** Newest first by date (the API's own default order); A→Z for text. */
export function defaultOrder(sort: SortField): SortOrder {
  return sort === 'created_at' ? 'desc' : 'asc';
}

export const DEFAULT_LIST_STATE: Readonly<ListState> = Object.freeze({
  status: 'all',
  q: '',
  metadata: Object.freeze([]),
  template: '',
  sort: 'created_at',
  order: defaultOrder('created_at'),
  page: 1,
  pageSize: 25,
  refresh: 'off',
});

/** Milliseconds for TanStack Query's `refetchInterval` (false = no polling). */
export function refreshIntervalMs(refresh: RefreshInterval): number | false {
  return refresh === 'off' ? false : refresh * 1000;
}

/** Trims, and cuts at QUERY_MAX_LENGTH code points (never inside a surrogate pair). */
export function normalizeQuery(raw: string): string {
  const trimmed = raw.trim();
  if (trimmed.length <= QUERY_MAX_LENGTH) return trimmed;
  return Array.from(trimmed).slice(0, QUERY_MAX_LENGTH).join('').trim();
}

/**
 * A template filter's value: trimmed, and '' when longer than any template name or id could be (a hand-edited
 * link), so nothing unbounded sits in the URL.
 */
export function normalizeTemplateRef(raw: string): string {
  const trimmed = raw.trim();
  return trimmed.length <= TEMPLATE_NAME_MAX_LENGTH ? trimmed : '';
}

/**
 * Why a metadata filter cannot be used, or undefined when it can. A key or value over the metadata limits can
 * never match a stored sandbox, so it is refused rather than sent.
 */
export function metadataFilterError(
  filter: MetadataFilter,
  existing: readonly MetadataFilter[] = [],
): string | undefined {
  if (filter.key === '') return 'Enter a metadata key';
  // A sandbox has at most 64 metadata keys, so more filters can never all match; the proxy and the embedded API
  // refuse more with a 400 (the same constant).
  if (existing.length >= LIST_METADATA_FILTERS_MAX && !existing.some((f) => f.key === filter.key)) {
    return `At most ${LIST_METADATA_FILTERS_MAX} metadata filters`;
  }
  if (utf8Bytes(filter.key) > METADATA_KEY_MAX_BYTES) {
    return `Metadata keys are at most ${METADATA_KEY_MAX_BYTES} bytes`;
  }
  if (utf8Bytes(filter.value) > METADATA_VALUE_MAX_BYTES) {
    return `Metadata values are at most ${METADATA_VALUE_MAX_BYTES} bytes`;
  }
  return undefined;
}

/** The text-box form of a filter, `key=value` (split at the first `=`; values may contain `=`). */
export function parseMetadataFilterText(text: string): { filter: MetadataFilter } | { error: string } {
  const at = text.indexOf('=');
  if (at < 0) return { error: 'Use the form key=value' };
  // Trimmed because stray spaces from typing would otherwise silently never match.
  const filter = { key: text.slice(0, at).trim(), value: text.slice(at + 1).trim() };
  const error = metadataFilterError(filter);
  return error === undefined ? { filter } : { error };
}

export function formatMetadataFilter(filter: MetadataFilter): string {
  return `${filter.key}=${filter.value}`;
}

/** Whether any filter narrows the rows — tells "Nothing matches" apart from "No sandboxes yet". */
export function hasActiveFilters(state: ListState): boolean {
  return state.status !== 'all' || state.q !== '' || state.metadata.length > 0 || state.template !== '';
}

/**
 * Adds a filter and goes back to page 1. A key already filtered keeps its place and takes the new value: the API
 * rejects a repeated key. An unusable filter (see metadataFilterError) leaves the state unchanged.
 */
export function addMetadataFilter(state: ListState, filter: MetadataFilter): ListState {
  if (metadataFilterError(filter, state.metadata) !== undefined) return state;
  const { key, value } = filter;
  const replaced = state.metadata.some((f) => f.key === key);
  const metadata = replaced
    ? state.metadata.map((f) => (f.key === key ? { key, value } : f))
    : [...state.metadata, { key, value }];
  return { ...state, metadata, page: 1 };
}

/** Removes the filter on `key` and goes back to page 1; an absent key leaves the state unchanged. */
export function removeMetadataFilter(state: ListState, key: string): ListState {
  if (!state.metadata.some((f) => f.key === key)) return state;
  return { ...state, metadata: state.metadata.filter((f) => f.key !== key), page: 1 };
}

/** Keeps sort, page size and refresh; drops what narrows the rows. The "Clear filters" button. */
export function clearFilters(state: ListState): ListState {
  return { ...state, status: 'all', q: '', metadata: [], template: '', page: 1 };
}

/**
 * Applies UI changes. Anything that changes which rows match or how they are cut into pages goes back to page 1
 * (page 7 of the old result means nothing in the new one), unless the change sets `page` itself. A new sort
 * field starts in its natural order unless `order` is given.
 */
export function withChanges(state: ListState, changes: Partial<ListState>): ListState {
  const given = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
  const next: ListState = { ...state, ...given };
  if (changes.q !== undefined) next.q = normalizeQuery(changes.q);
  if (changes.sort !== undefined && changes.sort !== state.sort && changes.order === undefined) {
    next.order = defaultOrder(changes.sort);
  }
  const reshaped = (['status', 'q', 'metadata', 'template', 'sort', 'order', 'pageSize'] as const).some(
    (field) => next[field] !== state[field],
  );
  if (reshaped && changes.page === undefined) next.page = 1;
  return next;
}

/** A column header click: the same field flips the order, another field starts in its natural order. */
export function toggleSort(state: ListState, sort: SortField): ListState {
  if (sort !== state.sort) return withChanges(state, { sort });
  return withChanges(state, { order: state.order === 'asc' ? 'desc' : 'asc' });
}
