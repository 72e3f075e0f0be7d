/** Reading and validating JSON request bodies with the team's contract. */
import type { z } from 'zod';

import {
  decodeUtf8,
  findIllFormedText,
  JSON_TOO_DEEP_MESSAGE,
  jsonNestsDeeperThan,
  readLimited,
  REQUEST_BODY_MAX_BYTES,
  summarizeFieldErrors,
  toFieldErrors,
} from '@/lib/contract';
import type { FieldError } from '@/lib/contract';

import { ApiError, badRequest, INVALID_BODY } from './errors';

/**
 * A request's body as text. Decision: the real API reads bodies of any size, but this one runs in the dashboard's
 * own process, so it takes the proxy's cap (REQUEST_BODY_MAX_BYTES): a bigger body is a 413 with
 * `Connection: close`, as the proxy's (see lib/server/body.ts for why). Bytes that are not UTF-8 are a 400 rather
 * than silently replaced, so what is stored is what was sent.
 */
export async function readBodyText(request: Request): Promise<string> {
  const bytes = await readLimited(request, REQUEST_BODY_MAX_BYTES);
  if (bytes === 'too_large') {
    throw new ApiError(
      413,
      'payload_too_large',
      `The request body is larger than ${REQUEST_BODY_MAX_BYTES / 1024} KB.`,
      { Connection: 'close' },
    );
  }
  const text = decodeUtf8(bytes);
  if (text === undefined) throw badRequest(`${INVALID_BODY} It is not valid UTF-8 text.`);
  return text;
}

/**
 * Parses a JSON object body; an empty body, trailing data or a non-object is the API's decode error. So is a body
 * nested deeper than JSON_MAX_DEPTH (checked on the raw text, before anything recursive sees it). A string that is
 * not well-formed Unicode, key or value, is refused naming where it is (the real API would store replacement
 * characters instead: a Decision, so that what is accepted reads back as sent).
 */
export function parseJsonObject(text: string): Record<string, unknown> {
  if (text.trim() === '') throw badRequest(INVALID_BODY);
  if (jsonNestsDeeperThan(text)) throw badRequest(`${INVALID_BODY} ${JSON_TOO_DEEP_MESSAGE}`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw badRequest(INVALID_BODY);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw badRequest(INVALID_BODY);
  const illFormed = findIllFormedText(value);
  if (illFormed) throw badRequest(illFormed.message);
  return value as Record<string, unknown>;
}

/**
 * Validates with a contract schema. `fieldOrder` lists top-level fields in the order the API checks them, so
 * the first reported problem is the one the real API would report (API-NOTES: "the first failure wins").
 */
export function validateBody<S extends z.ZodType>(
  schema: S,
  body: unknown,
  fieldOrder: readonly string[] = [],
): z.output<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const fields = orderFields(toFieldErrors(result.error), fieldOrder);
  const first = fields[0];
  // Unknown fields are a decode error in the real API; keep its sentence and add which field it was.
  const message =
    first && first.path === '' && /^Unknown field/.test(first.message)
      ? `${INVALID_BODY} ${first.message}`
      : summarizeFieldErrors(fields);
  throw badRequest(message);
}

function orderFields(fields: FieldError[], order: readonly string[]): FieldError[] {
  const rank = (field: FieldError) => {
    if (field.path === '') return -1;
    const index = order.indexOf(field.path.split('.')[0] ?? '');
    return index === -1 ? order.length : index;
  };
  return fields
    .map((field, index) => ({ field, index }))
    .sort((a, b) => rank(a.field) - rank(b.field) || a.index - b.index)
    .map(({ field }) => field);
}
