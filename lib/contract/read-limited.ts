/**
 * Reading a request body with a size cap, for the proxy and the embedded API alike. Web-standard (a Request and its
 * stream), so both sides share one reader and one limit (REQUEST_BODY_MAX_BYTES).
 */

/**
 * How much of a too-large body is still read, and thrown away, before the 413 goes out. A server that answers and
 * closes the connection while the client is still sending makes the client's kernel see a reset: the client then
 * gets a write error (EPIPE, ECONNRESET) instead of the 413. Reading what is left first lets the 413 arrive cleanly.
 * Beyond this much (64 times the cap) the client is not worth the wait: the body is left unread.
 */
export const DISCARD_MAX_BYTES = 16 * 1024 * 1024;

/** Reads and throws away what is left of a body, at most `budget` bytes; past that, stops reading it. */
async function discardRest(reader: ReadableStreamDefaultReader<Uint8Array>, budget: number): Promise<void> {
  let left = budget;
  while (left > 0) {
    const { done, value } = await reader.read();
    if (done) return;
    left -= value.byteLength;
  }
  await reader.cancel();
}

/**
 * The body's bytes, or 'too_large' past `limit`: the declared Content-Length is checked first (nothing is kept),
 * then the bytes actually sent, so a missing or lying Content-Length stops the read as soon as the limit is passed.
 * Either way the rest of a too-large body is read and dropped (up to DISCARD_MAX_BYTES), so the refusal gets through.
 */
export async function readLimited(request: Request, limit: number): Promise<Uint8Array | 'too_large'> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > limit) {
    if (request.body && declared <= DISCARD_MAX_BYTES) {
      await discardRest(request.body.getReader(), DISCARD_MAX_BYTES);
    }
    return 'too_large';
  }
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await discardRest(reader, DISCARD_MAX_BYTES - total);
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

/** The bytes as UTF-8 text, or undefined when they are not valid UTF-8 (never replaced: that would alter the data). */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
