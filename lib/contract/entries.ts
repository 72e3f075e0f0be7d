/**
 * The zod schemas for string→string maps (metadata, env_vars) as the API takes them and as the form edits them,
 * built on the zod-free checkers of ./entry-checks (re-exported here).
 */
import { z } from 'zod';

import { keyValueRowIssues, type EntryChecker } from './entry-checks';
import { stringMapSchema } from './string-map';

export * from './entry-checks';

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

/**
 * A `{key,value}[]` schema for form rows, checked by `check`. Issues land on `[index, 'key'|'value']`
 * (relative to where the form mounts it, e.g. `metadata.3.key`); whole-map issues on the array itself.
 * Blank rows are skipped but keep their index, so errors stay on the right row.
 */
export function keyValueRowsSchema(check: EntryChecker) {
  return z.array(z.object({ key: z.string(), value: z.string() })).superRefine((rows, ctx) => {
    for (const { path, message } of keyValueRowIssues(rows, check)) {
      ctx.addIssue({ code: 'custom', message, path });
    }
  });
}
