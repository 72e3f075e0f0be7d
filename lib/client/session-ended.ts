/**
 * A 401 from the proxy means the session ended while the page was open (expired, signed out elsewhere, the
 * account disabled). The whole page goes to sign-in, which comes back here afterwards; what the create form
 * holds is already in its session-storage draft, so nothing typed is lost.
 */
import { signInHref } from '@/lib/access/next-path';

let leaving = false;

/**
 * Only the dashboard's own 401 (code `unauthenticated`) means the session ended. A 401 the API sent about the
 * server's key is relayed as is; sending the page to sign-in for it would loop, since the session is fine.
 */
export function isSessionEnded(error: { status: number; code: string }): boolean {
  return error.status === 401 && error.code === 'unauthenticated';
}

/** Sends the page to sign-in, once, however many requests fail together. */
export function leaveForSignIn(): void {
  if (leaving || typeof window === 'undefined') return;
  leaving = true;
  const here = `${window.location.pathname}${window.location.search}`;
  window.location.assign(signInHref(here, { expired: true }));
}
