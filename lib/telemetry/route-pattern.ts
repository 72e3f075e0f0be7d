import { HANDLER_METHODS, handlerMatches } from '@/lib/server/methods';
import { patternOf } from '@/lib/server/routes';

/**
 * The route pattern of a raw request path, for log lines and metric labels: ids, tokens and other values become
 * placeholders, so a line never carries a secret from the path (an invite link's token) and the metrics have a
 * bounded number of series. Pure. The proxy names its own pattern (context.route); this covers everything else.
 * A path that fits nothing we serve is UNMATCHED: a scanner's guesses must not each make a new series.
 */
export const UNMATCHED = 'unmatched';

/** The pages (app/**\/page.tsx), by their first segment; `:id`/`:token` for a dynamic segment. */
const PAGES: readonly (readonly string[])[] = [
  ['account'],
  ['audit'],
  ['invite', ':token'],
  ['sandboxes'],
  ['sandboxes', 'new'],
  ['sandboxes', ':id'],
  ['settings', 'users'],
  ['setup'],
  ['sign-in'],
  ['templates'],
  ['templates', 'new'],
  ['templates', ':id'],
];

/**
 * better-auth's endpoints the dashboard uses, named as they are; any other `/api/auth/*` path (some carry a token,
 * like `/reset-password/:token`) is `/api/auth/*`.
 */
const AUTH_ENDPOINTS = new Set([
  'sign-in/email',
  'sign-in/oauth2',
  'sign-out',
  'get-session',
  'change-password',
  'reset-password',
  'request-password-reset',
  'revoke-other-sessions',
  'list-sessions',
]);

/** Files the build serves whose names are fixed (the app icon, the favicon). */
const FIXED_FILES = new Set(['/favicon.ico', '/icon.svg', '/robots.txt']);

function fits(pattern: readonly string[], segments: readonly string[]): boolean {
  return (
    pattern.length === segments.length &&
    pattern.every((part, i) => (part.startsWith(':') ? segments[i] !== '' : part === segments[i]))
  );
}

function pagePattern(segments: readonly string[]): string {
  // Fixed names first: `/sandboxes/new` is the form, not a sandbox called "new".
  const fixed = PAGES.find((page) => !page.some((part) => part.startsWith(':')) && fits(page, segments));
  const page = fixed ?? PAGES.find((candidate) => fits(candidate, segments));
  return page ? `/${page.join('/')}` : UNMATCHED;
}

function apiPattern(rest: readonly string[]): string {
  if (rest[0] === 'auth') {
    const endpoint = rest.slice(1).join('/');
    if (AUTH_ENDPOINTS.has(endpoint)) return `/api/auth/${endpoint}`;
    // Single sign-on's return, named by provider (ours is `sso`); its code and state are in the query.
    if (rest[1] === 'callback' && rest.length === 3) return '/api/auth/callback/:providerId';
    if (rest[1] === 'oauth2' && rest[2] === 'callback' && rest.length === 4) {
      return '/api/auth/oauth2/callback/:providerId';
    }
    return '/api/auth/*';
  }
  const handler = HANDLER_METHODS.find((entry) => handlerMatches(entry.pattern, rest));
  if (handler) return `/api/${handler.pattern.join('/')}`;
  const proxied = patternOf(rest);
  return proxied ? `/api${proxied}` : UNMATCHED;
}

/** `/sandboxes/4f1c…` → `/sandboxes/:id`; `/invite/<token>` → `/invite/:token`; `/wp-admin` → `unmatched`. */
export function routePatternOf(path: string): string {
  if (path === '/') return '/';
  if (path.startsWith('/_next/static/')) return '/_next/static/*';
  if (path.startsWith('/_next/image')) return '/_next/image';
  if (path.startsWith('/_next/')) return '/_next/*';
  if (FIXED_FILES.has(path) || path === '/metrics') return path;
  let segments: string[];
  try {
    segments = path.split('/').slice(1).map(decodeURIComponent);
  } catch {
    return UNMATCHED; // a malformed escape: the guard answered 400
  }
  if (segments.at(-1) === '' && segments.length > 1) segments.pop(); // a trailing slash
  const [first, ...rest] = segments;
  if (first === 'api') return apiPattern(rest);
  if (first === 'emulator') {
    const emulated = patternOf(rest);
    return emulated ? `/emulator${emulated}` : '/emulator/*';
  }
  return pagePattern(segments);
}

/** Static files the build serves: logged at debug, not info (a page load fetches dozens). */
export function isStaticAsset(route: string): boolean {
  return route.startsWith('/_next/') || FIXED_FILES.has(route);
}
