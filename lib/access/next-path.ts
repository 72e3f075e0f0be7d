/**
 * Where sign-in leads back to: `?next=` names a page of this dashboard, never another site. Pure and
 * browser-safe: the sign-in page reads it, the API client writes it when a session ends mid-use.
 */

export const SIGN_IN_PATH = '/sign-in';
export const SETUP_PATH = '/setup';
const HOME = '/sandboxes';

/**
 * `next` if it is a same-origin path, else the home page. Parsing against a throwaway origin and comparing
 * origins catches every trick at once: `//evil.example`, `https:evil.example`, `/\evil`, `/%5Cevil` once decoded
 * by a browser, tabs and newlines inside the scheme. Sign-in and setup themselves are never a destination.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || /[\\\u0000-\u001f]/.test(next)) return HOME;
  const base = 'http://console.invalid';
  let url: URL;
  try {
    url = new URL(next, base);
  } catch {
    return HOME;
  }
  if (url.origin !== base) return HOME;
  if (url.pathname === SIGN_IN_PATH || url.pathname === SETUP_PATH) return HOME;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page, asked to come back to `path` afterwards. */
export function signInHref(path: string): string {
  const next = safeNextPath(path);
  return next === HOME ? SIGN_IN_PATH : `${SIGN_IN_PATH}?next=${encodeURIComponent(next)}`;
}
