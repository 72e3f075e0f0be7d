import 'server-only';

import type { FieldError } from '@/lib/contract';

/**
 * An error in the API's own envelope, `{"error":{"code","message"}}`, so the browser handles the proxy's errors
 * and the upstream's the same way. The proxy's 400s add `fields`.
 */
export function errorResponse(
  status: number,
  code: string,
  message: string,
  options: { fields?: FieldError[]; headers?: HeadersInit } = {},
): Response {
  const error = options.fields ? { code, message, fields: options.fields } : { code, message };
  const headers = new Headers(options.headers);
  headers.set('cache-control', 'no-store');
  return Response.json({ error }, { status, headers });
}

/** The message of a 405: which method was refused and which ones the address answers (also in `Allow`). */
export function methodNotAllowedMessage(method: string, allow: readonly string[]): string {
  return `${method} is not allowed here. This address answers ${allow.join(', ')}.`;
}
