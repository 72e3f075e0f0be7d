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
  if (!next || !next.startsWith('/') || next.startsWith('//') || hasBackslashOrControl(next)) return HOME;
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

/** Browsers read `\` as `/` and drop tabs and newlines, so `/\evil` or `/\t/evil` could become `//evil`. */
function hasBackslashOrControl(path: string): boolean {
  for (const char of path) if (char === '\\' || char.charCodeAt(0) < 0x20 || char === '\u007f') return true;
  return false;
}

/** The sign-in page, asked to come back to `path` afterwards; `expired` when a session ended mid-use. */
export function signInHref(path: string, { expired = false } = {}): string {
  const params = new URLSearchParams();
  const next = safeNextPath(path);
  if (next !== HOME) params.set('next', next);
  if (expired) params.set('reason', 'expired');
  const query = params.toString();
  return query ? `${SIGN_IN_PATH}?${query}` : SIGN_IN_PATH;
}

/** The request header proxy.ts fills with the page's path and query, so a layout can name it in `next`. */
export const PAGE_PATH_HEADER = 'x-console-page';
