/**
 * The list for older deployments, which ignore `status`, `q`, `sort`, `order`, `limit` and `offset` and send no
 * X-Total-Count: they return every sandbox matching the metadata filters, and the browser does the rest.
 * Metadata filters are never re-applied here — every deployment applies them server-side.
 */
import type { SandboxListItem } from '@/lib/contract';
import type { ListState, SortField } from './state';

/** The fields the fallback reads; any richer item (a SandboxListItem) passes through untouched. */
export type ListRow = Pick<SandboxListItem, 'id' | 'name' | 'status' | 'created_at'>;

export type ListPage<T> = {
  rows: T[];
  /** Rows matching the filters across all pages. */
  total: number;
  /** Who filtered, sorted and paged: the API (X-Total-Count came back) or the browser. */
  source: 'server' | 'client';
};

/** Filters by status and name (case-insensitive substring), sorts, then cuts out the page. */
export function applyClientSide<T extends ListRow>(
  items: readonly T[],
  state: ListState,
): { rows: T[]; total: number } {
  const needle = state.q.toLowerCase();
  const matching = items.filter(
    (item) =>
      (state.status === 'all' || item.status === state.status) &&
      (needle === '' || item.name.toLowerCase().includes(needle)),
  );
  const direction = state.order === 'asc' ? 1 : -1;
  const sorted = matching.sort((a, b) => direction * compareBy(state.sort, a, b) || tieBreak(a, b));
  const start = (state.page - 1) * state.pageSize;
  return { rows: sorted.slice(start, start + state.pageSize), total: matching.length };
}

/**
 * Reads a `GET /sandboxes` answer. A valid X-Total-Count means the API did the work and `items` is already the
 * page; without one (or with garbage in it) the browser filters, sorts and pages. `totalHeader` is the raw
 * header, or the number lib/client's fetchSandboxes already read from it (null when absent).
 */
export function resolveListPage<T extends ListRow>(
  items: readonly T[],
  totalHeader: string | number | null,
  state: ListState,
): ListPage<T> {
  const total = parseTotalCount(totalHeader);
  if (total === undefined) return { ...applyClientSide(items, state), source: 'client' };
  return { rows: [...items], total, source: 'server' };
}

function parseTotalCount(header: string | number | null): number | undefined {
  if (typeof header === 'number') return Number.isSafeInteger(header) && header >= 0 ? header : undefined;
  const trimmed = header?.trim() ?? '';
  if (!/^\d+$/.test(trimmed)) return undefined;
  const total = Number(trimmed);
  return Number.isSafeInteger(total) ? total : undefined;
}

// Numeric so "sandbox-2" comes before "sandbox-10"; base sensitivity so case does not split the list.
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function compareBy(field: SortField, a: ListRow, b: ListRow): number {
  if (field === 'created_at') return timeOf(a) - timeOf(b);
  // Status sorts alphabetically, like the API's own ORDER BY on the column.
  return collator.compare(a[field], b[field]);
}

/** Equal keys fall back to newest first, then id, so a row never jumps between pages on a refresh. */
function tieBreak(a: ListRow, b: ListRow): number {
  return timeOf(b) - timeOf(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Milliseconds since the epoch; an unreadable date counts as the oldest. */
function timeOf(row: ListRow): number {
  const time = Date.parse(row.created_at);
  return Number.isNaN(time) ? Number.MIN_SAFE_INTEGER : time;
}
