/**
 * Shared machinery for string→string maps (metadata, env_vars). A map is checked as a list of
 * [key, value] entries so the SAME checker serves the API's record (`{"env":"prod"}`) and the form's
 * rows (`[{key:'env', value:'prod'}]`, where duplicates can exist) — each limit is stated once.
 *
 * No zod here: the create form checks its rows with these in the browser, and the zod schemas built on them
 * (./entries) stay on the server and in the contract.
 */
import { toStringMap } from './to-string-map';

/** One problem found by an entry checker. `index` null = the whole map (too many keys, total size). */
export type EntryIssue = { index: number | null; part: 'key' | 'value' | null; message: string };

export type Entry = readonly [string, string];
export type EntryChecker = (entries: ReadonlyArray<Entry>) => EntryIssue[];

/**
 * What the contract reads of one row of a key/value editor: its key and value. The form's rows carry more
 * (a stable id, see lib/sandbox-form KeyValueRow); the contract needs only the pair.
 */
export type KeyValuePair = { key: string; value: string };

const TIMES = ['', 'once', 'twice'];

/** Flags EVERY row whose key is used more than once, so each duplicate row shows the error. */
export function duplicateKeyIssues(entries: ReadonlyArray<Entry>, skip: ReadonlySet<number>): EntryIssue[] {
  const counts = new Map<string, number>();
  for (const [key] of entries) counts.set(key, (counts.get(key) ?? 0) + 1);
  const issues: EntryIssue[] = [];
  entries.forEach(([key], index) => {
    const count = counts.get(key) ?? 0;
    if (count > 1 && !skip.has(index)) {
      issues.push({
        index,
        part: 'key',
        message: `Key \`${key}\` is used ${TIMES[count] ?? `${count} times`}`,
      });
    }
  });
  return issues;
}

/** Shortens a long key for a message, so a 300-byte key doesn't flood the screen. */
export function preview(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** A blank row (no key, no value) is the editor's "add another" row: ignored, never an error. */
export function isBlankRow(row: KeyValuePair): boolean {
  return row.key === '' && row.value === '';
}

/** A problem of one form row: `path` is relative to the rows' mount (`[3, 'key']`), `[]` for the whole map. */
export type RowIssue = { path: (string | number)[]; message: string };

/**
 * The issues of a `{key,value}[]` list of form rows, checked by `check`: on `[index, 'key'|'value']`, whole-map
 * issues on `[]`. Blank rows are skipped but keep their index, so errors stay on the right row.
 */
export function keyValueRowIssues(rows: ReadonlyArray<KeyValuePair>, check: EntryChecker): RowIssue[] {
  const kept = rows.flatMap((row, index) => (isBlankRow(row) ? [] : [{ row, index }]));
  return check(kept.map(({ row }) => [row.key, row.value] as const)).map((issue) => {
    const rowIndex = issue.index === null ? undefined : kept[issue.index]?.index;
    return { path: rowIndex === undefined ? [] : [rowIndex, issue.part ?? 'key'], message: issue.message };
  });
}

/**
 * Form rows → the API's record (blank rows dropped; a later duplicate wins, though validation flags it). Built
 * with toStringMap, not by assignment, so a row keyed `__proto__` is sent like any other.
 */
export function rowsToRecord(rows: ReadonlyArray<KeyValuePair>): Record<string, string> {
  return toStringMap(rows.filter((row) => !isBlankRow(row)).map((row) => [row.key, row.value] as const));
}
