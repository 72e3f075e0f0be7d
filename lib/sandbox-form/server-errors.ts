/**
 * Maps the `fields` of a 400 from the proxy or the API (paths in the REQUEST's shape: `metadata.env`,
 * `env_vars.DEBUG`, `network.allow_out.2`, `timeout_seconds`) back onto the form's fields (`metadata.3.key`,
 * `allowOut.2.value`, `lifetime.amount`), so the message shows next to what the user typed.
 */
import type { FieldError } from '@/lib/client/api-error';
import { isBlankRow } from '@/lib/contract/entry-checks';
import { isBlankRuleRow, type KeyValueRow, type RuleRow, type SandboxFormValues } from './values';

export type MappedServerErrors = {
  /** Errors that have a home in the form, with form paths (`metadata.3.key`). */
  fields: FieldError[];
  /** Errors the form cannot place; shown in the banner. */
  unplaced: FieldError[];
};

// A Map, so an error path such as `constructor` finds nothing rather than Object's own properties.
const SIMPLE_PATHS = new Map<string, string>([
  ['name', 'name'],
  ['from_template', 'template'],
  ['timeout_seconds', 'lifetime.amount'],
]);

function keyRowPath(
  form: 'metadata' | 'envVars',
  rows: readonly KeyValueRow[],
  key: string,
  message: string,
) {
  const index = rows.findIndex((row) => row.key === key && !isBlankRow(row));
  if (index === -1) return undefined;
  // A message about a value (its size, a NUL) belongs next to the value input; anything else to the key.
  const part = /\bvalue\b/i.test(message) ? 'value' : 'key';
  return `${form}.${index}.${part}`;
}

/** The row behind the n-th rule actually sent (blank rows are not sent, so indexes shift). */
function ruleRowPath(form: 'allowOut' | 'denyOut', rows: readonly RuleRow[], sentIndex: number) {
  let seen = -1;
  for (let i = 0; i < rows.length; i++) {
    if (isBlankRuleRow(rows[i] as RuleRow)) continue;
    seen++;
    if (seen === sentIndex) return `${form}.${i}.value`;
  }
  return undefined;
}

function formPathFor(path: string, message: string, values: SandboxFormValues): string | undefined {
  const simple = SIMPLE_PATHS.get(path);
  if (simple) return simple;
  if (path === 'metadata') return 'metadata';
  if (path === 'env_vars') return 'envVars';
  if (path.startsWith('metadata.')) {
    return keyRowPath('metadata', values.metadata, path.slice('metadata.'.length), message) ?? 'metadata';
  }
  if (path.startsWith('env_vars.')) {
    return keyRowPath('envVars', values.envVars, path.slice('env_vars.'.length), message) ?? 'envVars';
  }
  const rule = /^network\.(allow_out|deny_out)(?:\.(\d+))?$/.exec(path);
  if (rule) {
    const form = rule[1] === 'allow_out' ? 'allowOut' : 'denyOut';
    if (rule[2] === undefined) return form;
    return ruleRowPath(form, form === 'allowOut' ? values.allowOut : values.denyOut, Number(rule[2])) ?? form;
  }
  if (path === 'network') return 'allowOut';
  return undefined;
}

export function mapServerFieldErrors(
  errors: readonly FieldError[],
  values: SandboxFormValues,
): MappedServerErrors {
  const result: MappedServerErrors = { fields: [], unplaced: [] };
  for (const error of errors) {
    const path = formPathFor(error.path, error.message, values);
    if (path) result.fields.push({ path, message: error.message });
    else result.unplaced.push(error);
  }
  return result;
}
