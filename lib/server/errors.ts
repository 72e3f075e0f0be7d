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
