/**
 * The client's address as the audit log records it: the first hop of X-Forwarded-For, which Next's own server
 * sets from the socket (a fetch Request has no socket of its own). Behind a reverse proxy, that proxy must set
 * the header; a client-supplied value is only as trustworthy as the proxy in front.
 */
export function clientIp(headers: Headers): string | null {
  const first = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return first || headers.get('x-real-ip')?.trim() || null;
}
