/**
 * Environment variables injected into every process of a sandbox. Values are write-only secrets. The rules
 * without zod (the browser's form uses them); ./env-vars builds the schemas on them.
 */
import { utf8Bytes } from '@/lib/contract/bytes';
import { duplicateKeyIssues, preview } from './entry-checks';
import type { Entry, EntryIssue } from './entry-checks';
import {
  ENV_KEY_MAX_BYTES,
  ENV_MAX_KEYS,
  ENV_MAX_TOTAL_BYTES,
  ENV_NAME_PATTERN,
  ENV_VALUE_MAX_BYTES,
} from './limits';

/** True when `name` is a variable a shell can use: `[A-Za-z_][A-Za-z0-9_]*`. */
export function isValidEnvVarName(name: string): boolean {
  return ENV_NAME_PATTERN.test(name);
}

function nameIssue(name: string): string | undefined {
  if (name === '') return 'env_vars names cannot be empty';
  const bytes = utf8Bytes(name);
  if (bytes > ENV_KEY_MAX_BYTES) {
    return `env_vars name "${preview(name)}" is ${bytes} bytes; the limit is ${ENV_KEY_MAX_BYTES}`;
  }
  if (!isValidEnvVarName(name)) {
    return `env_vars name "${preview(name)}" is not valid: use letters, digits and _, and don't start with a digit`;
  }
  return undefined;
}

// Never quote the value itself: env-var values are secrets and must not end up in messages or logs.
function valueIssue(name: string, value: string): string | undefined {
  if (value.includes('\0')) return `env_vars value of "${preview(name)}" contains a NUL character`;
  const bytes = utf8Bytes(value);
  if (bytes > ENV_VALUE_MAX_BYTES) {
    return `env_vars value of "${preview(name)}" is ${bytes} bytes; the limit is ${ENV_VALUE_MAX_BYTES} (8 KB)`;
  }
  return undefined;
}

/** Total size as the backend adds it up: the bytes of every name plus every value. */
export function envVarsTotalBytes(entries: ReadonlyArray<Entry>): number {
  return entries.reduce((sum, [name, value]) => sum + utf8Bytes(name) + utf8Bytes(value), 0);
}

/** Every env-var rule, applied to [name, value] entries (a record's or the form's rows). */
export function checkEnvVarEntries(entries: ReadonlyArray<Entry>): EntryIssue[] {
  const issues: EntryIssue[] = [];
  const badKeys = new Set<number>();
  entries.forEach(([name, value], index) => {
    const nameMessage = nameIssue(name);
    if (nameMessage) {
      badKeys.add(index);
      issues.push({ index, part: 'key', message: nameMessage });
    }
    const valueMessage = valueIssue(name, value);
    if (valueMessage) issues.push({ index, part: 'value', message: valueMessage });
  });
  issues.push(...duplicateKeyIssues(entries, badKeys));
  if (entries.length > ENV_MAX_KEYS) {
    issues.push({
      index: null,
      part: null,
      message: `env_vars has ${entries.length} variables; the limit is ${ENV_MAX_KEYS}`,
    });
  }
  const total = envVarsTotalBytes(entries);
  if (total > ENV_MAX_TOTAL_BYTES) {
    issues.push({
      index: null,
      part: null,
      message: `env_vars add up to ${total} bytes; the limit is ${ENV_MAX_TOTAL_BYTES} (64 KB)`,
    });
  }
  return issues;
}
