/** Response helpers: every response carries the API's security headers. */
import type { ApiErrorBody } from '@/lib/contract';

import { ApiError } from './errors';
import { rememberJsonText } from './json-text';
import type { KnownFields } from './views';

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
};

export function withSecurityHeaders(res: Response): Response {
  try {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.headers.set(name, value);
    return res;
  } catch {
    // Some responses have immutable headers; copy them into a fresh response instead.
    const headers = new Headers(res.headers);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value);
    return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
  }
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  const text = JSON.stringify(body);
  const response = new Response(text, {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...SECURITY_HEADERS, ...headers },
  });
  return rememberJsonText(response, text);
}

export function noContent(headers: Record<string, string> = {}): Response {
  return new Response(null, { status: 204, headers: { ...SECURITY_HEADERS, ...headers } });
}

export function errorResponse(error: ApiError): Response {
  const body = { error: { code: error.code, message: error.message } } satisfies KnownFields<ApiErrorBody>;
  return json(body, error.status, error.headers);
}
