import { type NextRequest, NextResponse } from 'next/server';

import { PAGE_PATH_HEADER } from '@/lib/access/next-path';
import { contentSecurityPolicy, createNonce } from '@/lib/server/csp';

/**
 * Security headers are split by how they change. The Content-Security-Policy is here because it carries a
 * fresh nonce per page response, which only a request-time hook can make; Next reads the nonce from the
 * request's CSP header and puts it on its own scripts. That needs dynamically rendered pages, which ours are
 * (the layout's header reads the mode at request time). The headers that never change (nosniff,
 * Referrer-Policy, X-Frame-Options, …) are set for every route, API included, in next.config.mjs headers().
 */
export function proxy(request: NextRequest) {
  const csp = contentSecurityPolicy({ nonce: createNonce(), dev: process.env.NODE_ENV === 'development' });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', csp);
  // Layouts are not told which page they wrap; sign-in needs it to come back here. Always overwritten, so a
  // client cannot choose it (and sign-in only ever follows a same-origin path anyway).
  requestHeaders.set(PAGE_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', csp);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: not the JSON of /api and /emulator, not static assets, not prefetches (no HTML in them).
      source: '/((?!api/|emulator/|_next/static|_next/image|favicon.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
