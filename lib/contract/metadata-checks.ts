/**
 * Metadata: free-form string tags on a sandbox, checked by UTF-8 bytes as the backend does. The rules without
 * zod (the browser's form uses them); ./metadata builds the schemas on them.
 */
import { utf8Bytes } from '@/lib/contract/bytes';
import { duplicateKeyIssues, preview } from './entry-checks';
import type { Entry, EntryIssue } from './entry-checks';
import {
  METADATA_KEY_MAX_BYTES,
  METADATA_MAX_KEYS,
  METADATA_MAX_TOTAL_BYTES,
  METADATA_RESERVED_PREFIXES,
  METADATA_VALUE_MAX_BYTES,
} from './limits';

/** True when the platform reserves `key` (`superserve.` / `_superserve`, in any case). */
export function isReservedMetadataKey(key: string): boolean {
  const lower = key.toLowerCase();
  return METADATA_RESERVED_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/**
 * Bytes of `entries` serialized as a JSON object (`{"k":"v",...}`), computed without building the
 * object so duplicate rows still count — that is what the 16 KB limit measures.
 */
export function metadataJsonBytes(entries: ReadonlyArray<Entry>): number {
  if (entries.length === 0) return 2;
  let bytes = 2 + (entries.length - 1); // braces and commas
  for (const [key, value] of entries) {
    bytes += utf8Bytes(JSON.stringify(key)) + 1 + utf8Bytes(JSON.stringify(value));
  }
  return bytes;
}

function keyIssue(key: string): string | undefined {
  if (key === '') return 'metadata keys cannot be empty';
  if (isReservedMetadataKey(key)) {
    return `metadata key "${preview(key)}" is reserved: keys starting with "superserve." or "_superserve" belong to the platform`;
  }
  const bytes = utf8Bytes(key);
  if (bytes > METADATA_KEY_MAX_BYTES) {
    return `metadata key "${preview(key)}" is ${bytes} bytes; the limit is ${METADATA_KEY_MAX_BYTES}`;
  }
  return undefined;
}

function valueIssue(key: string, value: string): string | undefined {
  const bytes = utf8Bytes(value);
  if (bytes > METADATA_VALUE_MAX_BYTES) {
    return `metadata value of "${preview(key)}" is ${bytes} bytes; the limit is ${METADATA_VALUE_MAX_BYTES} (2 KB)`;
  }
  return undefined;
}

/** Every metadata rule, applied to [key, value] entries (a record's or the form's rows). */
export function checkMetadataEntries(entries: ReadonlyArray<Entry>): EntryIssue[] {
  const issues: EntryIssue[] = [];
  const badKeys = new Set<number>();
  entries.forEach(([key, value], index) => {
    const keyMessage = keyIssue(key);
    if (keyMessage) {
      badKeys.add(index);
      issues.push({ index, part: 'key', message: keyMessage });
    }
    const valueMessage = valueIssue(key, value);
    if (valueMessage) issues.push({ index, part: 'value', message: valueMessage });
  });
  issues.push(...duplicateKeyIssues(entries, badKeys));
  if (entries.length > METADATA_MAX_KEYS) {
    issues.push({
      index: null,
      part: null,
      message: `metadata has ${entries.length} keys; the limit is ${METADATA_MAX_KEYS}`,
    });
  }
  const total = metadataJsonBytes(entries);
  if (total > METADATA_MAX_TOTAL_BYTES) {
    issues.push({
      index: null,
      part: null,
      message: `metadata is ${total} bytes as JSON; the limit is ${METADATA_MAX_TOTAL_BYTES} (16 KB)`,
    });
  }
  return issues;
}
