/**
 * The sandboxes a person visited lately, newest first, as the command palette shows them: pure list logic over
 * whatever storage holds (a hand-edited or older value is read leniently, never trusted). The browser's store
 * is lib/client/recent-sandboxes.ts.
 */

/** How many visited sandboxes are remembered. */
export const RECENT_LIMIT = 8;

export type RecentSandbox = { id: string; name: string };

function isRecent(value: unknown): value is RecentSandbox {
  if (typeof value !== 'object' || value === null) return false;
  const { id, name } = value as Record<string, unknown>;
  return typeof id === 'string' && id !== '' && typeof name === 'string';
}

/** Reads a stored list: anything that isn't a list of `{id, name}` is dropped, duplicates keep the first. */
export function parseRecent(raw: string | null | undefined): RecentSandbox[] {
  if (!raw) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const list: RecentSandbox[] = [];
  for (const entry of value) {
    if (!isRecent(entry) || seen.has(entry.id)) continue;
    seen.add(entry.id);
    list.push({ id: entry.id, name: entry.name });
    if (list.length === RECENT_LIMIT) break;
  }
  return list;
}

/** The visit moves (or adds) the sandbox to the front, with its current name; the oldest falls off. */
export function addRecent(list: readonly RecentSandbox[], visit: RecentSandbox): RecentSandbox[] {
  const rest = list.filter((entry) => entry.id !== visit.id);
  return [{ id: visit.id, name: visit.name }, ...rest].slice(0, RECENT_LIMIT);
}

/** A deleted (or missing) sandbox is forgotten. */
export function removeRecent(list: readonly RecentSandbox[], id: string): RecentSandbox[] {
  return list.filter((entry) => entry.id !== id);
}

/** Whether a write would change anything (a reload of the same page must not rewrite storage). */
export function sameRecent(a: readonly RecentSandbox[], b: readonly RecentSandbox[]): boolean {
  return a.length === b.length && a.every((entry, i) => entry.id === b[i]?.id && entry.name === b[i]?.name);
}
