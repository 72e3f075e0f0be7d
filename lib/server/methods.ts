import 'server-only';

import { allowedMethods, withHead } from './routes';

/**
 * Which methods each address answers, for proxy.ts to refuse the rest before routing: an unsupported method
 * used to reach Next's routing and come back as a 500 (or a 400 from a route handler). Pure.
 *
 * - Pages answer GET and HEAD. There are no Server Actions (no 'use server' anywhere), so nothing POSTs to a
 *   page; adding one means adding POST here.
 * - `/api/auth/*`, `/api/console/*` and `/api/ready` answer what their route handlers export (the table below,
 *   which methods.test.ts compares with the files in app/api).
 * - Every other `/api/*` path is the proxy, whose allow-list (lib/server/routes.ts) has each path's methods.
 * - `/emulator/*` is the embedded API, which answers every method Next can route itself, as the real API does;
 *   only the methods Next cannot route are answered here.
 *
 * OPTIONS is answered 204 with the same `Allow` (no CORS headers: another site's preflight still fails), and is
 * never listed in `Allow` itself, which names the resource's own methods.
 */
export type MethodVerdict =
  | { kind: 'pass' }
  | { kind: 'options'; allow: string[] }
  | { kind: 'not_allowed'; allow: string[] }
  | { kind: 'not_found' };

/** The methods Next hands to a route handler. Any other one (PROPFIND, PURGE, …) reaches a handler as a 400. */
const ROUTABLE = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

export const PAGE_METHODS = ['GET', 'HEAD'];

/** The route handlers under app/api but the proxy: path after `/api`, `:id` for a dynamic segment. */
export const HANDLER_METHODS: readonly { pattern: readonly string[]; methods: readonly string[] }[] = [
  { pattern: ['auth', '*'], methods: ['GET', 'POST'] }, // better-auth's catch-all
  { pattern: ['console', 'audit'], methods: ['GET'] },
  { pattern: ['console', 'audit', 'export'], methods: ['GET'] },
  { pattern: ['console', 'audit', 'sandboxes', ':id'], methods: ['GET'] },
  { pattern: ['console', 'audit', 'templates', ':id'], methods: ['GET'] },
  { pattern: ['console', 'invites', 'accept'], methods: ['POST'] },
  { pattern: ['console', 'setup'], methods: ['POST'] },
  { pattern: ['console', 'users'], methods: ['GET', 'POST'] },
  { pattern: ['console', 'users', ':id'], methods: ['PATCH', 'DELETE'] },
  { pattern: ['console', 'users', ':id', 'invite'], methods: ['POST'] },
  { pattern: ['ready'], methods: ['GET', 'HEAD'] }, // readiness (lib/server/readiness)
];

/** Whether decoded segments after `/api` fit a HANDLER_METHODS pattern (`*` at the end: one or more segments). */
export function handlerMatches(pattern: readonly string[], segments: readonly string[]): boolean {
  if (pattern.at(-1) === '*') {
    const fixed = pattern.slice(0, -1);
    return segments.length > fixed.length && fixed.every((part, i) => part === segments[i]);
  }
  return (
    pattern.length === segments.length &&
    pattern.every((part, i) => (part === ':id' ? segments[i] !== '' : part === segments[i]))
  );
}

/** The methods of a path under `/api` (segments after it); empty for one nothing answers. */
function apiMethods(segments: readonly string[]): string[] {
  const handler = HANDLER_METHODS.find((entry) => handlerMatches(entry.pattern, segments));
  return handler ? withHead(handler.methods) : allowedMethods(segments);
}

function verdict(method: string, allow: string[], unknownPath: 'pass' | 'not_found'): MethodVerdict {
  if (allow.length === 0) return { kind: ROUTABLE.has(method) ? 'pass' : unknownPath };
  if (allow.includes(method)) return { kind: 'pass' };
  if (method === 'OPTIONS') return { kind: 'options', allow };
  return { kind: 'not_allowed', allow };
}

/**
 * What to do with `method` on a path, given as decoded segments (`/api/sandboxes` → ['api', 'sandboxes']).
 * An unknown path passes with a method Next routes (its handler answers 404) and is 404 with any other.
 */
export function methodVerdict(method: string, segments: readonly string[]): MethodVerdict {
  const [first, ...rest] = segments;
  if (first === 'api') return verdict(method, apiMethods(rest), 'not_found');
  if (first === 'emulator') {
    if (ROUTABLE.has(method)) return { kind: 'pass' };
    return verdict(method, allowedMethods(rest), 'not_found');
  }
  return verdict(method, PAGE_METHODS, 'not_found');
}
