/**
 * The commands run in a sandbox's console during this browser session: newest first, without repeats, kept in
 * sessionStorage per sandbox so a reload keeps them and closing the tab forgets them (commands can hold
 * secrets typed inline; they should not outlive the session).
 */
import type { ExecRequest } from '@/lib/contract';

export type HistoryEntry = { command: string; working_dir?: string; timeout_s?: number };

export const HISTORY_LIMIT = 30;

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export function historyStorageKey(sandboxId: string): string {
  return `sandbox-console:exec-history:v1:${sandboxId}`;
}

export function toHistoryEntry(request: ExecRequest): HistoryEntry {
  const entry: HistoryEntry = { command: request.command };
  if (request.working_dir !== undefined) entry.working_dir = request.working_dir;
  if (request.timeout_s !== undefined) entry.timeout_s = request.timeout_s;
  return entry;
}

const sameEntry = (a: HistoryEntry, b: HistoryEntry) =>
  a.command === b.command && a.working_dir === b.working_dir && a.timeout_s === b.timeout_s;

/** Puts `entry` first; an identical earlier run moves up instead of appearing twice. */
export function addToHistory(
  history: readonly HistoryEntry[],
  entry: HistoryEntry,
  limit = HISTORY_LIMIT,
): HistoryEntry[] {
  return [entry, ...history.filter((item) => !sameEntry(item, entry))].slice(0, limit);
}

function isEntry(value: unknown): value is HistoryEntry {
  if (typeof value !== 'object' || value === null) return false;
  const { command, working_dir, timeout_s } = value as Record<string, unknown>;
  return (
    typeof command === 'string' &&
    command !== '' &&
    (working_dir === undefined || typeof working_dir === 'string') &&
    (timeout_s === undefined || (typeof timeout_s === 'number' && Number.isInteger(timeout_s)))
  );
}

/** Whatever is stored (an older format, a hand edit) yields a valid list or an empty one, never an error. */
export function parseHistory(text: string | null): HistoryEntry[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter(isEntry).slice(0, HISTORY_LIMIT) : [];
  } catch {
    return [];
  }
}

export function loadHistory(storage: StorageLike, sandboxId: string): HistoryEntry[] {
  try {
    return parseHistory(storage.getItem(historyStorageKey(sandboxId)));
  } catch {
    return []; // storage disabled (privacy mode): the console works, it just forgets
  }
}

export function saveHistory(storage: StorageLike, sandboxId: string, history: readonly HistoryEntry[]): void {
  try {
    storage.setItem(historyStorageKey(sandboxId), JSON.stringify(history));
  } catch {
    // Quota or disabled storage: history is a convenience, never worth an error.
  }
}

/**
 * Shell-style ↑/↓ through the history. `position` -1 is the line being typed (the draft), 0 the newest entry.
 * Returns the new position, or undefined when there is nowhere further to go.
 */
export function stepHistory(
  position: number,
  direction: 'older' | 'newer',
  length: number,
): number | undefined {
  const next = direction === 'older' ? position + 1 : position - 1;
  if (next < -1 || next >= length) return undefined;
  return next;
}
