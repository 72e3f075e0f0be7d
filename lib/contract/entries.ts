/**
 * Shared machinery for string→string maps (metadata, env_vars). A map is checked as a list of
 * [key, value] entries so the SAME checker serves the API's record (`{"env":"prod"}`) and the form's
 * rows (`[{key:'env', value:'prod'}]`, where duplicates can exist) — each limit is stated once.
 */
import { z } from 'zod';

import { stringMapSchema, toStringMap } from './string-map';

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

/**
 * A `Record<string,string>` schema whose entries go through `check`. Issues land on
 * `[key]` (the record's own path is prepended by zod), whole-map issues on the record itself.
 * Every key is kept as data, `__proto__` included (see ./string-map).
 */
export function recordSchema(field: string, check: EntryChecker) {
  return stringMapSchema(
    {
      notObject: `${field} must be an object of string keys to string values`,
      notString: `${field} values must be strings, e.g. "42" rather than 42`,
    },
    (record, ctx) => {
      const entries = Object.entries(record);
      for (const issue of check(entries)) {
        const key = issue.index === null ? undefined : entries[issue.index]?.[0];
        ctx.addIssue({ code: 'custom', message: issue.message, path: key === undefined ? [] : [key] });
      }
    },
  );
}

/** A blank row (no key, no value) is the editor's "add another" row: ignored, never an error. */
export function isBlankRow(row: KeyValuePair): boolean {
  return row.key === '' && row.value === '';
}

/**
 * A `{key,value}[]` schema for form rows, checked by `check`. Issues land on `[index, 'key'|'value']`
 * (relative to where the form mounts it, e.g. `metadata.3.key`); whole-map issues on the array itself.
 * Blank rows are skipped but keep their index, so errors stay on the right row.
 */
export function keyValueRowsSchema(check: EntryChecker) {
  return z.array(z.object({ key: z.string(), value: z.string() })).superRefine((rows, ctx) => {
    const kept = rows.flatMap((row, index) => (isBlankRow(row) ? [] : [{ row, index }]));
    const issues = check(kept.map(({ row }) => [row.key, row.value] as const));
    for (const issue of issues) {
      const rowIndex = issue.index === null ? undefined : kept[issue.index]?.index;
      const path = rowIndex === undefined ? [] : [rowIndex, issue.part ?? 'key'];
      ctx.addIssue({ code: 'custom', message: issue.message, path });
    }
  });
}

/**
 * Form rows → the API's record (blank rows dropped; a later duplicate wins, though validation flags it). Built
 * with toStringMap, not by assignment, so a row keyed `__proto__` is sent like any other.
 */
export function rowsToRecord(rows: ReadonlyArray<KeyValuePair>): Record<string, string> {
  return toStringMap(rows.filter((row) => !isBlankRow(row)).map((row) => [row.key, row.value] as const));
}
