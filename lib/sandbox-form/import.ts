/**
 * "Import JSON": a pasted POST /sandboxes body fills the form.
 *
 * Only the SHAPE is checked here (valid JSON, known fields, strings where strings go). Limits and formats are
 * left to the form's own validation, so an imported body with a reserved metadata key fills the form and shows
 * the error on that row, instead of being refused as a whole.
 */
import { z } from 'zod';
import { stringMapSchema, type CreateSandboxRequest } from '@/lib/contract';
import { fromCreateRequest } from './request';
import type { SandboxFormValues } from './values';

// Keeps every key, `__proto__` included, where z.record would drop it (see lib/contract/string-map).
const stringMap = stringMapSchema({
  notObject: 'must be an object of strings',
  notString: 'must be a string',
});
const ruleList = z.array(z.string({ error: 'must be a string' }), { error: 'must be an array of strings' });

const ImportShapeSchema = z.strictObject(
  {
    name: z.string({ error: 'must be a string' }).optional(),
    from_template: z.string({ error: 'must be a string' }).optional(),
    timeout_seconds: z
      .number({ error: 'must be a number' })
      .int('must be a whole number of seconds')
      .optional(),
    metadata: stringMap.optional(),
    env_vars: stringMap.optional(),
    network: z
      .strictObject(
        { allow_out: ruleList.optional(), deny_out: ruleList.optional() },
        { error: 'must be an object' },
      )
      .optional(),
  },
  { error: 'The request body must be a JSON object' },
);

export type ImportResult = { ok: true; values: SandboxFormValues } | { ok: false; errors: string[] };

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const where = path === '' ? '' : ` in ${path}`;
    return `Unknown field${issue.keys.length > 1 ? 's' : ''}${where}: ${issue.keys.join(', ')} (the API rejects unknown fields)`;
  }
  return path === '' ? issue.message : `${path} ${issue.message}`;
}

/** Parses pasted text into form values; `currentName` is kept when the body has no name. */
export function importRequestJson(text: string, currentName: string): ImportResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, errors: ['Paste a JSON request body first'] };
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [`This is not valid JSON: ${detail}`] };
  }
  const parsed = ImportShapeSchema.safeParse(json);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map(describeIssue) };
  const body: CreateSandboxRequest = { ...parsed.data, name: parsed.data.name ?? currentName };
  return { ok: true, values: fromCreateRequest(body, currentName) };
}
