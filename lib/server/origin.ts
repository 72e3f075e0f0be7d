import 'server-only';

/** Reads never change anything, so only writes need to prove they come from the dashboard itself. */
export function isWrite(method: string): boolean {
  return method !== 'GET' && method !== 'HEAD';
}

/** The hosts this request may rightly come from: its URL's, the Host header's and a reverse proxy's. */
export function hostsOfRequest(request: Request): Set<string> {
  const hosts = new Set([new URL(request.url).host]);
  const host = request.headers.get('host');
  if (host) hosts.add(host);
  // Behind a reverse proxy the browser's host arrives here. A cross-site page cannot set this header without a
  // CORS preflight, which this app never grants.
  const forwarded = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  if (forwarded) hosts.add(forwarded);
  return hosts;
}

/**
 * True when the browser tells us the request comes from another site. Browsers send `Sec-Fetch-Site` and/or
 * `Origin` on every cross-origin write, so either one saying "elsewhere" is enough to refuse. A request with
 * neither (curl, the SDK) is not a browser, so there is no ambient credential for another site to abuse.
 * `publicOrigin` is CONSOLE_URL's origin, when set.
 */
export function isCrossSite(request: Request, publicOrigin?: string): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin' && site !== 'none') return true;
  const origin = request.headers.get('origin');
  if (origin === null) return false;
  if (!URL.canParse(origin)) return true; // includes `Origin: null` from sandboxed frames and file:// pages
  // Behind a reverse proxy that rewrites Host, CONSOLE_URL names the origin browsers really use.
  if (publicOrigin !== undefined && new URL(origin).origin === publicOrigin) return false;
  return !hostsOfRequest(request).has(new URL(origin).host);
}
