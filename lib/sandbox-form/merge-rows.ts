/**
 * Pasting many rows at once: `.env` text into a key/value editor, a list of hosts into a rule editor.
 * Pure so the rules are tested once: existing keys are updated in place (no duplicate rows), the blank row
 * the user pasted into is filled first, everything else is appended.
 */
import { keyValueRow, ruleRow, type KeyValueRow, type RuleRow } from './values';

export type MergeResult<R> = { rows: R[]; added: number; updated: number };

export function mergeKeyValues(
  rows: readonly KeyValueRow[],
  entries: ReadonlyArray<{ key: string; value: string }>,
  /** The row the paste happened in; filled first when it is blank. */
  targetIndex?: number,
): MergeResult<KeyValueRow> {
  const next = rows.map((row) => ({ ...row }));
  let added = 0;
  let updated = 0;
  let target = targetIndex !== undefined && isBlank(next[targetIndex]) ? targetIndex : undefined;
  for (const { key, value } of entries) {
    const existing = next.findIndex((row) => row.key === key && !isBlank(row));
    if (existing !== -1) {
      if ((next[existing] as KeyValueRow).value !== value) {
        (next[existing] as KeyValueRow).value = value;
        updated++;
      }
      continue;
    }
    if (target !== undefined) {
      next[target] = { ...(next[target] as KeyValueRow), key, value };
      target = undefined;
    } else {
      next.push(keyValueRow(key, value));
    }
    added++;
  }
  return { rows: next, added, updated };
}

function isBlank(row: KeyValueRow | undefined): boolean {
  return row !== undefined && row.key === '' && row.value === '';
}

/** Splits pasted text into rules: one per line, or separated by commas or spaces. */
export function splitRules(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, ''))
    .flatMap((line) => line.split(/[\s,;]+/))
    .filter((part) => part !== '');
}

/** True when pasted text holds more than one rule (a single one is pasted normally). */
export function isRuleList(text: string): boolean {
  return splitRules(text).length > 1;
}

export function mergeRules(rows: readonly RuleRow[], rules: readonly string[], targetIndex?: number) {
  const next = rows.map((row) => ({ ...row }));
  let added = 0;
  let target = targetIndex !== undefined && next[targetIndex]?.value === '' ? targetIndex : undefined;
  for (const rule of rules) {
    if (next.some((row) => row.value === rule)) continue;
    if (target !== undefined) {
      next[target] = { ...(next[target] as RuleRow), value: rule };
      target = undefined;
    } else {
      next.push(ruleRow(rule));
    }
    added++;
  }
  return { rows: next, added, updated: 0 } satisfies MergeResult<RuleRow>;
}
