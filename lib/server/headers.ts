import 'server-only';

/**
 * Request headers a browser may pass on to the API. Everything else is dropped, notably `cookie`,
 * `authorization`, a client's own `x-api-key`, and `x-forwarded-*` (the upstream needs none of them).
 */
const FORWARDED_REQUEST_HEADERS = ['accept', 'accept-language', 'idempotency-key', 'last-event-id'] as const;

/** Response headers the dashboard needs; hop-by-hop headers, `set-cookie` and the like never come back. */
const PASSED_RESPONSE_HEADERS = new Set([
  'content-type',
  'cache-control',
  'x-total-count',
  'retry-after',
  'ratelimit',
  'ratelimit-policy',
  'ratelimit-limit',
  'ratelimit-remaining',
  'ratelimit-reset',
  'x-accel-buffering',
]);

export const USER_AGENT = 'sandbox-console';

/** The headers sent upstream: the safe subset of the browser's, the server's key, and JSON when there is a body. */
export function upstreamRequestHeaders(request: Request, apiKey: string, hasBody: boolean): Headers {
  const headers = new Headers();
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  if (hasBody) headers.set('content-type', 'application/json');
  headers.set('user-agent', USER_AGENT);
  headers.set('x-api-key', apiKey);
  return headers;
}

/** The upstream's response headers that the browser gets to see. */
export function downstreamResponseHeaders(upstream: Headers): Headers {
  const headers = new Headers();
  upstream.forEach((value, name) => {
    if (PASSED_RESPONSE_HEADERS.has(name)) headers.set(name, value);
  });
  return withCacheRule(headers);
}

/**
 * The same, in place: drops from `headers` all the browser must not see. For an in-process answer that is passed
 * on as it is, which saves copying it into a new Response.
 */
export function keepDownstreamHeaders(headers: Headers): Headers {
  const dropped: string[] = [];
  headers.forEach((_value, name) => {
    if (!PASSED_RESPONSE_HEADERS.has(name)) dropped.push(name);
  });
  for (const name of dropped) headers.delete(name);
  return withCacheRule(headers);
}

/** Proxied answers are per-user and live; never let a browser or shared cache keep them unless the API says so. */
function withCacheRule(headers: Headers): Headers {
  if (!headers.has('cache-control')) headers.set('cache-control', 'no-store');
  return headers;
}
