/**
 * The create form's checks, built from the contract's zod-free rules so every limit and message is stated once
 * (the API's zod schemas use the same rules): name → sandboxNameIssue, rows → checkMetadataEntries /
 * checkEnvVarEntries / checkAllowOutRule / checkDenyOutRule. No zod: this runs in the browser on every keystroke,
 * and the page need not carry a schema library for it. Problems land on the form's own paths (`metadata.3.key`,
 * `allowOut.1.value`, `lifetime.amount`), which is where react-hook-form shows them, in the order a schema
 * would report them.
 */
import type { FieldError } from '@/lib/contract';
import { keyValueRowIssues, type EntryChecker, type KeyValuePair } from '@/lib/contract/entry-checks';
import { checkEnvVarEntries } from '@/lib/contract/env-var-checks';
import { TIMEOUT_MAX_SECONDS } from '@/lib/contract/limits';
import { checkMetadataEntries } from '@/lib/contract/metadata-checks';
import {
  checkAllowOutRule,
  checkDenyOutRule,
  ruleRowIssues,
  type RuleItem,
} from '@/lib/contract/network-rules';
import { sandboxNameIssue } from '@/lib/contract/sandbox-name';
import { UNIT_SECONDS } from './lifetime';
import type { LifetimeValues, SandboxFormValues } from './values';

function lifetimeIssue(lifetime: LifetimeValues): string | undefined {
  if (!lifetime.enabled) return undefined;
  const text = lifetime.amount.trim();
  if (text === '') return 'Enter how long the sandbox may live';
  if (!/^\d+$/.test(text) || Number(text) < 1) return 'Enter a whole number of 1 or more';
  if (Number(text) * UNIT_SECONDS[lifetime.unit] > TIMEOUT_MAX_SECONDS) {
    return 'The longest lifetime is 7 days (604,800 seconds)';
  }
  return undefined;
}

const at = (field: string, path: ReadonlyArray<string | number>) => [field, ...path].join('.');

function keyValueIssues(field: string, rows: ReadonlyArray<KeyValuePair>, check: EntryChecker): FieldError[] {
  return keyValueRowIssues(rows, check).map(({ path, message }) => ({ path: at(field, path), message }));
}

function ruleIssues(
  field: string,
  rows: ReadonlyArray<RuleItem>,
  check: (rule: string) => string | undefined,
): FieldError[] {
  return ruleRowIssues(rows, check).map(({ path, message }) => ({ path: at(field, path), message }));
}

/** Every problem of the form's values, in field order; none when it can be sent. */
export function checkSandboxForm(values: SandboxFormValues): FieldError[] {
  const issues: FieldError[] = [];
  const add = (path: string, message: string | undefined) => {
    if (message) issues.push({ path, message });
  };
  add('name', sandboxNameIssue(values.name));
  add('template', values.template.trim() === '' ? 'Choose a template, e.g. superserve/base' : undefined);
  add('lifetime.amount', lifetimeIssue(values.lifetime));
  issues.push(
    ...keyValueIssues('metadata', values.metadata, checkMetadataEntries),
    ...keyValueIssues('envVars', values.envVars, checkEnvVarEntries),
    ...ruleIssues('allowOut', values.allowOut, checkAllowOutRule),
    ...ruleIssues('denyOut', values.denyOut, checkDenyOutRule),
  );
  return issues;
}
