/** The API's error envelope, and turning zod issues into field errors a form or a 400 can show. */
import { z } from 'zod';

/** One field's problem. `path` is dotted: `name`, `metadata.env`, `network.allow_out.2`, `metadata.3.key`. */
export type FieldError = { path: string; message: string };

export const FieldErrorSchema = z.looseObject({ path: z.string(), message: z.string() });

/**
 * `{"error":{"code","message"}}` — every error the API sends. Our proxy's own 400s add
 * `error.fields`. Clients branch on `code`; `message` is for people.
 */
export const ApiErrorSchema = z.looseObject({
  error: z.looseObject({
    code: z.string(),
    message: z.string(),
    fields: z.array(FieldErrorSchema).nullish(),
  }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorSchema>;

/** A zod issue path as a dotted string (`['metadata', 3, 'key']` → `metadata.3.key`). */
export function toPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((segment) => String(segment)).join('.');
}

/** Every issue of `error`, in order, as `{ path, message }`. */
export function toFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({ path: toPath(issue.path), message: issue.message }));
}

/**
 * One line for a banner or a 400's `message`: the first problem, prefixed with its field when the
 * message doesn't already name it, plus how many more there are.
 */
export function summarizeFieldErrors(fields: ReadonlyArray<FieldError>): string {
  const first = fields[0];
  if (!first) return 'The request is not valid';
  const segments = first.path.split('.').filter((s) => s !== '' && !/^\d+$/.test(s));
  const named =
    segments.length === 0 || segments.some((s) => first.message.toLowerCase().includes(s.toLowerCase()));
  const head = named ? first.message : `${first.path}: ${first.message}`;
  const more = fields.length - 1;
  return more === 0 ? head : `${head} (and ${more} more ${more === 1 ? 'problem' : 'problems'})`;
}

export type ValidationResult<T> =
  { ok: true; data: T } | { ok: false; message: string; fields: FieldError[] };

/** Parses `value` with `schema`: the data, or a one-line message plus every field error. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): ValidationResult<z.output<S>> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  const fields = toFieldErrors(result.error);
  return { ok: false, message: summarizeFieldErrors(fields), fields };
}
