import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { HANDLER_METHODS, methodVerdict } from './methods';

const segments = (pathname: string) => pathname.split('/').slice(1);
const verdictOf = (method: string, pathname: string) => methodVerdict(method, segments(pathname));

describe('methodVerdict', () => {
  it.each(['GET', 'HEAD'])('lets %s through to pages', (method) => {
    expect(verdictOf(method, '/sandboxes')).toEqual({ kind: 'pass' });
    expect(verdictOf(method, '/')).toEqual({ kind: 'pass' });
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE', 'TRACE', 'PROPFIND'])(
    'answers %s on a page with 405, Allow: GET, HEAD',
    (method) => {
      expect(verdictOf(method, '/sandboxes/abc')).toEqual({ kind: 'not_allowed', allow: ['GET', 'HEAD'] });
    },
  );

  it('answers OPTIONS with the Allow of the address', () => {
    expect(verdictOf('OPTIONS', '/sandboxes')).toEqual({ kind: 'options', allow: ['GET', 'HEAD'] });
    expect(verdictOf('OPTIONS', '/api/sandboxes')).toEqual({
      kind: 'options',
      allow: ['GET', 'HEAD', 'POST'],
    });
    expect(verdictOf('OPTIONS', '/api/auth/sign-in/email')).toEqual({
      kind: 'options',
      allow: ['GET', 'HEAD', 'POST'],
    });
  });

  it('lets GET and HEAD through to /api/ready, its own handler, and refuses the rest', () => {
    expect(verdictOf('GET', '/api/ready')).toEqual({ kind: 'pass' });
    expect(verdictOf('HEAD', '/api/ready')).toEqual({ kind: 'pass' });
    expect(verdictOf('POST', '/api/ready')).toEqual({ kind: 'not_allowed', allow: ['GET', 'HEAD'] });
    expect(verdictOf('OPTIONS', '/api/ready')).toEqual({ kind: 'options', allow: ['GET', 'HEAD'] });
    expect(verdictOf('GET', '/api/ready/x')).toEqual({ kind: 'pass' }); // the proxy answers 404
  });

  it('uses the proxy allow-list for /api paths', () => {
    expect(verdictOf('POST', '/api/sandboxes')).toEqual({ kind: 'pass' });
    expect(verdictOf('PUT', '/api/sandboxes')).toEqual({
      kind: 'not_allowed',
      allow: ['GET', 'HEAD', 'POST'],
    });
    expect(verdictOf('TRACE', '/api/templates/abc/builds')).toEqual({
      kind: 'not_allowed',
      allow: ['GET', 'HEAD', 'POST'],
    });
  });

  it('leaves an unknown /api path to its handler (404) for a method Next routes, and answers 404 for any other', () => {
    expect(verdictOf('PUT', '/api/nope')).toEqual({ kind: 'pass' });
    expect(verdictOf('PROPFIND', '/api/nope')).toEqual({ kind: 'not_found' });
  });

  it("uses the exported methods of the app's own route handlers", () => {
    expect(verdictOf('PUT', '/api/auth/get-session')).toEqual({
      kind: 'not_allowed',
      allow: ['GET', 'HEAD', 'POST'],
    });
    expect(verdictOf('GET', '/api/console/setup')).toEqual({ kind: 'not_allowed', allow: ['POST'] });
    expect(verdictOf('PATCH', '/api/console/users/u1')).toEqual({ kind: 'pass' });
    expect(verdictOf('PROPFIND', '/api/console/users')).toEqual({
      kind: 'not_allowed',
      allow: ['GET', 'HEAD', 'POST'],
    });
  });

  it('leaves every method Next routes to the embedded API, which answers like the real one', () => {
    for (const method of ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']) {
      expect(verdictOf(method, '/emulator/sandboxes')).toEqual({ kind: 'pass' });
    }
    expect(verdictOf('TRACE', '/emulator/sandboxes')).toEqual({
      kind: 'not_allowed',
      allow: ['GET', 'HEAD', 'POST'],
    });
    expect(verdictOf('PROPFIND', '/emulator/nope')).toEqual({ kind: 'not_found' });
  });
});

/** Every route.ts under app/api but the proxy's catch-all, as a pattern after `/api` and its exported methods. */
function routeHandlers(): { pattern: string[]; methods: string[] }[] {
  const api = path.join(process.cwd(), 'app', 'api');
  const found: { pattern: string[]; methods: string[] }[] = [];
  const families = readdirSync(api).filter((name) => name !== '[...path]');
  for (const family of families) {
    for (const file of readdirSync(path.join(api, family), { recursive: true, encoding: 'utf8' })) {
      if (path.basename(file) !== 'route.ts') continue;
      const parts = [
        family,
        ...path
          .dirname(file)
          .split(path.sep)
          .filter((part) => part !== '.'),
      ];
      const pattern = parts.map((part) =>
        part.startsWith('[...') ? '*' : part.startsWith('[') ? ':id' : part,
      );
      const source = readFileSync(path.join(api, family, file), 'utf8');
      const methods = [
        ...source.matchAll(
          /^export (?:async function|function|const) (GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b/gm,
        ),
      ].map((match) => match[1]!);
      found.push({ pattern, methods });
    }
  }
  return found;
}

describe('HANDLER_METHODS', () => {
  it('lists exactly the route handlers under app/api (the proxy aside), with the methods they export', () => {
    const byPattern = (a: { pattern: readonly string[] }, b: { pattern: readonly string[] }) =>
      a.pattern.join('/').localeCompare(b.pattern.join('/'));
    const sorted = (methods: readonly string[]) => [...methods].sort();
    expect(
      HANDLER_METHODS.map((entry) => ({ pattern: [...entry.pattern], methods: sorted(entry.methods) })).sort(
        byPattern,
      ),
    ).toEqual(
      routeHandlers()
        .map((entry) => ({ ...entry, methods: sorted(entry.methods) }))
        .sort(byPattern),
    );
  });
});
