/**
 * Bulk actions on the list's selected rows: which rows an action is sent for, how its outcome reads, and the
 * selection arithmetic of the page's checkboxes. Pure; the runner itself is lib/list/bulk.ts, which state allows
 * which action is lib/sandbox/actions.ts, and the delete's confirmation lib/sandbox/delete-confirmation.ts.
 */
import type { BulkStatus } from '@/lib/list/bulk';
import { canRun, LIFECYCLE_WORDS, type LifecycleAction } from '@/lib/sandbox/actions';

/**
 * Splits the selection into the rows the action is sent for and the rows it would only earn a 409 for (pausing a
 * paused sandbox), so those are never sent and the user is told why.
 */
export function planBulk<T extends { status: string }>(
  action: LifecycleAction,
  rows: readonly T[],
): { targets: T[]; skipped: T[] } {
  const targets: T[] = [];
  const skipped: T[] = [];
  for (const row of rows) (canRun(action, row.status) ? targets : skipped).push(row);
  return { targets, skipped };
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "2 paused · 1 failed · 3 cancelled · 1 skipped"; parts with nothing in them are left out. */
export function bulkSummary(
  action: LifecycleAction,
  counts: Readonly<Record<BulkStatus, number>>,
  skipped = 0,
): string {
  const parts = [
    counts.ok > 0 && `${counts.ok} ${LIFECYCLE_WORDS[action].done}`,
    counts.failed > 0 && `${counts.failed} failed`,
    counts.cancelled > 0 && `${counts.cancelled} cancelled`,
    skipped > 0 && `${skipped} skipped`,
  ].filter((part): part is string => typeof part === 'string');
  return parts.length > 0 ? parts.join(' · ') : 'Nothing to do';
}

export type PageSelection = 'none' | 'some' | 'all';

/** The "select all on this page" checkbox: checked, mixed or empty. */
export function pageSelection(selected: ReadonlySet<string>, pageIds: readonly string[]): PageSelection {
  const count = pageIds.filter((id) => selected.has(id)).length;
  if (count === 0) return 'none';
  return count === pageIds.length ? 'all' : 'some';
}

/** Checking it selects every row on the page; unchecking a full (or mixed→full) page clears the page. */
export function toggleAllOnPage(selected: ReadonlySet<string>, pageIds: readonly string[]): Set<string> {
  const next = new Set(selected);
  if (pageSelection(selected, pageIds) === 'all') for (const id of pageIds) next.delete(id);
  else for (const id of pageIds) next.add(id);
  return next;
}

export function toggleOne(selected: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(selected);
  if (!next.delete(id)) next.add(id);
  return next;
}

/**
 * The selection limited to rows still on the page: after a refresh drops a sandbox (deleted elsewhere, lifetime
 * ended), an action must not be sent for a row the user can no longer see. Returns the same set when unchanged.
 */
export function keepOnPage(selected: ReadonlySet<string>, pageIds: readonly string[]): ReadonlySet<string> {
  const onPage = new Set(pageIds);
  if ([...selected].every((id) => onPage.has(id))) return selected;
  return new Set([...selected].filter((id) => onPage.has(id)));
}
