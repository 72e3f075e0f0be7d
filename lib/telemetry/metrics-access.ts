import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Who may read `/metrics` on the dashboard's own port: only a scraper with METRICS_TOKEN as its bearer token.
 * Pure. Without a token configured the address does not exist there (404: metrics go to METRICS_PORT, or
 * nowhere); a wrong or missing token is 401 and says nothing more.
 */
export type MetricsAccess = 'allowed' | 'not_found' | 'unauthorized';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Constant time whatever the lengths: both sides are hashed to 32 bytes before they are compared. */
export function tokensMatch(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

export function metricsAccess(authorization: string | null, token: string | undefined): MetricsAccess {
  if (token === undefined) return 'not_found';
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? '');
  return match && tokensMatch(match[1]!, token) ? 'allowed' : 'unauthorized';
}
