import { type NextRequest, NextResponse } from 'next/server';

import { PAGE_PATH_HEADER } from '@/lib/access/next-path';
import { contentSecurityPolicy, createNonce } from '@/lib/server/csp';
import { guardRequest, hostRule, routeFamily } from '@/lib/server/request-guard';

/**
 * Every request but static assets passes here first. Two jobs:
 *
 * 1. The hostile-input checks (lib/server/request-guard.ts): a Host that is not ours (421), a malformed
 *    percent-escape (400), a method the address does not answer (405). Cheap, and on every route, prefetches
 *    included. TRACE never gets here (no fetch Request can carry it): lib/server/trace-guard.ts answers it.
 *
 * 2. Pages only, link prefetches excepted (see isPrefetch): the Content-Security-Policy, which carries a fresh
 *    nonce per page response, which only a request-time hook can make; Next reads the nonce from the request's
 *    CSP header and puts it on its own scripts. That needs dynamically rendered pages, which ours are (the layout's
 *    header reads the mode at request time). The headers that never change (nosniff, Referrer-Policy,
 *    X-Frame-Options, …) are set for every route, API included, in next.config.mjs headers().
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const refusal = guardRequest(
    { method: request.method, pathname, host: request.headers.get('host') },
    hostRule(),
  );
  if (refusal) return refusal;
  if (routeFamily(pathname) !== 'page' || isPrefetch(request)) return NextResponse.next();

  const csp = contentSecurityPolicy({ nonce: createNonce(), dev: process.env.NODE_ENV === 'development' });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', csp);
  // Layouts are not told which page they wrap; sign-in needs it to come back here. Always overwritten, so a
  // client cannot choose it (and sign-in only ever follows a same-origin path anyway).
  requestHeaders.set(PAGE_PATH_HEADER, `${pathname}${search}`);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', csp);
  return response;
}

/**
 * A browser's link prefetch (`Purpose: prefetch`) gets no policy, as when the matcher left prefetches out. The
 * router's own prefetches can't be told apart here: Next removes `Next-Router-Prefetch` (and `RSC`) from the
 * request proxy.ts sees, and a matcher condition would skip the guard too. They get a nonce like a navigation
 * does; their answer is an RSC payload, not a document, so a policy on it changes nothing.
 */
function isPrefetch(request: NextRequest): boolean {
  return request.headers.get('purpose') === 'prefetch';
}

export const config = {
  // Everything but the build's static files: the guard applies to pages, /api and /emulator alike.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
