import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { describe, expect, it } from 'vitest';

import { hostRuleFromEnv } from './hosts';
import { decodeSegments, guardRequest, routeFamily } from './request-guard';

const rule = hostRuleFromEnv({ CONSOLE_URL: 'http://127.0.0.1:3201' });
const guard = (method: string, pathname: string, host: string | null = '127.0.0.1:3201') =>
  guardRequest({ method, pathname, host }, rule);

describe('guardRequest', () => {
  it.each([
    ['GET', '/sandboxes'],
    ['GET', '/sandboxes/3f2c5b1e-8a4d-4c6e-9b7a-1d2e3f4a5b6c'],
    ['HEAD', '/'],
    ['GET', '/api/sandboxes'],
    ['POST', '/api/sandboxes'],
    ['PATCH', '/api/sandboxes/abc'],
    ['POST', '/api/auth/sign-in/email'],
    ['GET', '/api/auth/callback/sso'],
    ['PUT', '/emulator/sandboxes'],
    ['GET', '/sandboxes/caf%C3%A9'],
  ])('lets %s %s through', (method, pathname) => {
    expect(guard(method, pathname)).toBeUndefined();
  });

  it.each([
    ['GET', '/api/sandboxes/%ff'],
    ['GET', '/api/sandboxes/%%30%30'],
    ['PATCH', '/api/sandboxes/%ff'],
    ['GET', '/api/templates/%ff/builds'],
    ['GET', '/api/sandboxes/%c0%ae'],
    ['GET', '/emulator/sandboxes/%ff'],
    ['POST', '/api/console/users/%ff/invite'],
  ])('a malformed percent-escape gets 400, not 500: %s %s (API envelope)', async (method, pathname) => {
    const response = guard(method, pathname)!;
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        code: 'bad_request',
        message: 'The address has a malformed percent-escape (like %ff): it is not valid UTF-8.',
      },
    });
  });

  it('a malformed percent-escape gets 400 in plain text on a page', async () => {
    const response = guard('GET', '/sandboxes/%ff')!;
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toMatch(/malformed percent-escape/);
  });

  it('TRACE gets 405 with Allow, in the envelope, on pages and the API alike', async () => {
    for (const [pathname, allow] of [
      ['/sandboxes', 'GET, HEAD'],
      ['/api/sandboxes', 'GET, HEAD, POST'],
    ] as const) {
      const response = guard('TRACE', pathname)!;
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe(allow);
      expect(await response.json()).toEqual({
        error: {
          code: 'method_not_allowed',
          message: `TRACE is not allowed here. This address answers ${allow}.`,
        },
      });
    }
  });

  it('PUT on /api/sandboxes gets 405 with Allow: GET, HEAD, POST', () => {
    const response = guard('PUT', '/api/sandboxes')!;
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD, POST');
  });

  it('POST to a page gets 405: no Server Actions exist', () => {
    expect(guard('POST', '/sandboxes/new')?.status).toBe(405);
  });

  it('OPTIONS gets 204 with Allow and no CORS grant', () => {
    const response = guard('OPTIONS', '/sandboxes')!;
    expect(response.status).toBe(204);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('a rebinding Host gets 421, before any other check, in the envelope for the API', async () => {
    for (const [method, pathname] of [
      ['POST', '/api/sandboxes'],
      ['GET', '/api/sandboxes/%ff'],
      ['TRACE', '/emulator/sandboxes'],
    ]) {
      const response = guard(method!, pathname!, 'evil.example:3201')!;
      expect(response.status).toBe(421);
      expect(await response.json()).toEqual({
        error: {
          code: 'misdirected_request',
          message:
            'This dashboard does not answer the host name "evil.example". Open it at its own address; behind a reverse proxy, set CONSOLE_URL or CONSOLE_ALLOWED_HOSTS.',
        },
      });
    }
  });

  it('a rebinding Host gets 421 in plain text on a page', async () => {
    const response = guard('GET', '/sandboxes', 'evil.example:3201')!;
    expect(response.status).toBe(421);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toMatch(/does not answer the host name "evil.example"/);
  });

  it('a missing Host gets 421 without quoting anything', async () => {
    const response = guard('GET', '/api/health', null)!;
    expect(response.status).toBe(421);
    expect((await response.json()).error.message).toMatch(
      /^This dashboard does not answer a request without a valid Host header/,
    );
  });

  it('does not echo a Host that is not a host name', async () => {
    const response = guard('GET', '/sandboxes', '<script>alert(1)</script>')!;
    expect(response.status).toBe(421);
    expect(await response.text()).not.toContain('<script>');
  });
});

describe('routeFamily and decodeSegments', () => {
  it('tells the API, the embedded API and pages apart', () => {
    expect(routeFamily('/api/sandboxes')).toBe('api');
    expect(routeFamily('/api')).toBe('api');
    expect(routeFamily('/emulator/health')).toBe('emulator');
    expect(routeFamily('/apis')).toBe('page');
    expect(routeFamily('/sandboxes')).toBe('page');
  });

  it('decodes each segment once, or says the path is malformed', () => {
    expect(decodeSegments('/api/a%2Fb/%25ff')).toEqual(['api', 'a/b', '%ff']);
    expect(decodeSegments('/api/%ff')).toBeUndefined();
    expect(decodeSegments('/%')).toBeUndefined();
  });
});

describe('the body Next copies for proxy.ts (next.config.mjs)', () => {
  it('is larger than any body the proxy accepts, so a body it cuts short is still too large, not bad JSON', async () => {
    const configFile = pathToFileURL(path.join(process.cwd(), 'next.config.mjs')).href;
    const { default: nextConfig } = (await import(configFile)) as {
      default: { experimental?: { proxyClientMaxBodySize?: string } };
    };
    const { MAX_BODY_BYTES } = await import('./body');
    expect(nextConfig.experimental?.proxyClientMaxBodySize).toBe('1mb');
    expect(MAX_BODY_BYTES).toBeLessThan(1024 * 1024);
  });
});
