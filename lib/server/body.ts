import 'server-only';

import type { z } from 'zod';

import {
  findIllFormedText,
  JSON_TOO_DEEP_MESSAGE,
  jsonNestsDeeperThan,
  summarizeFieldErrors,
  validate,
} from '@/lib/contract';

import { errorResponse } from './errors';

/** No request of the API comes near this; a bigger body is a mistake or an attack, refused before it is read. */
export const MAX_BODY_BYTES = 256 * 1024;

type BodyResult = { ok: true; json: string } | { ok: false; response: Response };

const tooLarge = (limit: number) =>
  errorResponse(413, 'payload_too_large', `The request body is larger than ${limit / 1024} KB.`);

const badRequest = (message: string) => errorResponse(400, 'bad_request', message);

/** Reads at most `limit` bytes: the declared Content-Length is checked first, the bytes actually sent as well. */
async function readLimited(request: Request, limit: number): Promise<Uint8Array | 'too_large'> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > limit) return 'too_large';
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return 'too_large';
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function isJsonContentType(value: string | null): boolean {
  if (value === null) return true; // curl and some clients omit it; the body is still parsed as JSON
  return /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(value.trim());
}

/**
 * The request's JSON body, checked before anything reaches the upstream: size, UTF-8, nesting depth (on the raw
 * text, before anything recursive runs), well-formed Unicode in every key and value, then the contract's schema. Returns the body to
 * forward: the schema's parsed output re-serialised, so the upstream sees exactly the checked value and only the
 * fields the contract knows (unknown exec fields are dropped here).
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
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, response: badRequest('The request body is not valid UTF-8 text.') };
  }
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
