import 'server-only';

import type { z } from 'zod';

import {
  decodeUtf8,
  findIllFormedText,
  JSON_TOO_DEEP_MESSAGE,
  jsonNestsDeeperThan,
  readLimited,
  REQUEST_BODY_MAX_BYTES,
  summarizeFieldErrors,
  validate,
} from '@/lib/contract';

import { errorResponse } from './errors';

/** No request of the API comes near this; a bigger body is a mistake or an attack, refused with none of it kept. */
export const MAX_BODY_BYTES = REQUEST_BODY_MAX_BYTES;

type BodyResult = { ok: true; json: string } | { ok: false; response: Response };

/**
 * The 413 closes the connection: the server may not have read all of the body (readLimited drops the rest only up
 * to a point), and Node closes a connection whose request it did not finish reading. Said so with
 * `Connection: close`, a kept-alive client sends its next request on a fresh connection, rather than on this one
 * just as it closes (which the client sees as a reset of that next request). Next passes the header through.
 */
const tooLarge = (limit: number) =>
  errorResponse(413, 'payload_too_large', `The request body is larger than ${limit / 1024} KB.`, {
    headers: { connection: 'close' },
  });

const badRequest = (message: string) => errorResponse(400, 'bad_request', message);

function isJsonContentType(value: string | null): boolean {
  if (value === null) return true; // curl and some clients omit it; the body is still parsed as JSON
  return /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(value.trim());
}

/**
 * The request's JSON body, checked against the contract before anything reaches the upstream: size, UTF-8,
 * nesting depth (on the raw text, before anything recursive runs), well-formed Unicode in every key and value,
 * then the schema. Returns the body to forward: the schema's parsed output re-serialised, so the upstream sees
 * exactly the checked value and only the fields the contract knows (unknown exec fields are dropped here).
 */
export async function readJsonBody(
  request: Request,
  schema: z.ZodType,
  limit = MAX_BODY_BYTES,
): Promise<BodyResult> {
  if (!isJsonContentType(request.headers.get('content-type'))) {
    return {
      ok: false,
      response: errorResponse(
        415,
        'unsupported_media_type',
        'Send the request body as JSON (Content-Type: application/json).',
      ),
    };
  }
  const bytes = await readLimited(request, limit);
  if (bytes === 'too_large') return { ok: false, response: tooLarge(limit) };
  const text = decodeUtf8(bytes);
  if (text === undefined)
    return { ok: false, response: badRequest('The request body is not valid UTF-8 text.') };
  if (text.trim() === '')
    return { ok: false, response: badRequest('The request body is empty; send a JSON object.') };
  if (jsonNestsDeeperThan(text)) return { ok: false, response: badRequest(JSON_TOO_DEEP_MESSAGE) };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, response: badRequest('The request body is not valid JSON.') };
  }
  const illFormed = findIllFormedText(value);
  if (illFormed) {
    const fields = [illFormed];
    return {
      ok: false,
      response: errorResponse(400, 'bad_request', summarizeFieldErrors(fields), { fields }),
    };
  }
  const result = validate(schema, value);
  if (!result.ok) {
    return {
      ok: false,
      response: errorResponse(400, 'bad_request', result.message, { fields: result.fields }),
    };
  }
  return { ok: true, json: JSON.stringify(result.data) };
}
