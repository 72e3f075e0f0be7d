import 'server-only';

import { EMULATOR_PATH } from '@/lib/contract/api-url';

/**
 * Hands a request for `/emulator/<path>` to the embedded API as `/<path>`, exactly as the client sent it
 * otherwise: same method, headers (its own X-API-Key included), body, query and abort signal. The embedded API
 * routes on the real API's paths and does its own authentication, so nothing else is checked here.
 */
export function serveEmulator(
  request: Request,
  handle: (request: Request) => Promise<Response>,
): Promise<Response> {
  const url = new URL(request.url);
  const rest = url.pathname.slice(EMULATOR_PATH.length);
  url.pathname = rest.startsWith('/') ? rest : `/${rest}`;
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD' && request.body !== null;
  const init: RequestInit & { duplex?: 'half' } = {
    method: request.method,
    headers: request.headers,
    body: hasBody ? request.body : null,
    signal: request.signal,
    // Node needs this to send a streamed body; the embedded API reads it like any other.
    duplex: 'half',
  };
  return handle(new Request(url, init));
}
