/**
 * The create form's values: what the user edits, before it becomes a request body.
 *
 * Maps are edited as arrays of rows so that a half-typed key, a duplicate key or an empty row can exist while
 * the user types (a JS object cannot hold two `env` keys). Every row carries a stable `id` so React keys,
 * drafts and server-error mapping survive reordering and removal.
 */
import type { KeyValuePair, RuleItem } from '@/lib/contract';
import { DEFAULT_TEMPLATE } from '@/lib/contract/limits';

export { DEFAULT_TEMPLATE };

export const LIFETIME_UNITS = ['minutes', 'hours', 'days'] as const;
export type LifetimeUnit = (typeof LIFETIME_UNITS)[number];

/** One row of a key/value editor (metadata, env vars): the pair the contract checks, and the row's id. */
export type KeyValueRow = KeyValuePair & { id: string };
/** One row of a rule-list editor (allow_out, deny_out): the rule the contract checks, and the row's id. */
export type RuleRow = RuleItem & { id: string };

export type LifetimeValues = {
  enabled: boolean;
  /** Kept as typed text so "", "1.5" or "abc" can be shown back with an error instead of becoming NaN. */
  amount: string;
  unit: LifetimeUnit;
};

export type SandboxFormValues = {
  name: string;
  template: string;
  lifetime: LifetimeValues;
  metadata: KeyValueRow[];
  envVars: KeyValueRow[];
  allowOut: RuleRow[];
  denyOut: RuleRow[];
};

let fallbackCounter = 0;

/** A row id that is unique within the page; crypto.randomUUID where available (all current browsers, Node 20). */
export function newRowId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  fallbackCounter += 1;
  return `row-${Date.now().toString(36)}-${fallbackCounter}`;
}

export function keyValueRow(key = '', value = ''): KeyValueRow {
  return { id: newRowId(), key, value };
}

export function ruleRow(value = ''): RuleRow {
  return { id: newRowId(), value };
}

export function emptyFormValues(name = ''): SandboxFormValues {
  return {
    name,
    template: DEFAULT_TEMPLATE,
    lifetime: { enabled: false, amount: '1', unit: 'hours' },
    metadata: [],
    envVars: [],
    allowOut: [],
    denyOut: [],
  };
}

/** An empty rule row is the editor's "add another" row: not sent, never an error (as the contract's schema). */
export function isBlankRuleRow(row: RuleRow): boolean {
  return row.value === '';
}
