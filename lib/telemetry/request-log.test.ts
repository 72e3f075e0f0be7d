import { describe, expect, it } from 'vitest';

import { newRequestContext } from '@/lib/server/request-context';

import { methodLabel, requestLine, requestLogFields, statusOf } from './request-log';

describe('requestLogFields', () => {
  it('names the route pattern, never the raw path', () => {
    const context = newRequestContext('GET', '/invite/secret-invite-token');
    const fields = requestLogFields(context, 200, 12.345);
    expect(fields).toEqual({
      requestId: context.id,
      userId: undefined,
      method: 'GET',
      route: '/invite/:token',
      status: 200,
      durationMs: 12.3,
    });
    expect(JSON.stringify(fields)).not.toContain('secret-invite-token');
  });

  it('prefers the handler’s own route, and adds the user and the upstream time when there is one', () => {
    const context = newRequestContext('POST', '/api/sandboxes/abc/exec');
    context.route = '/api/sandboxes/:id/exec';
    context.userId = 'user-1';
    context.upstreamMs = 40.04;
    context.upstreamCalls = 1;
    expect(requestLogFields(context, 201, 50)).toMatchObject({
      route: '/api/sandboxes/:id/exec',
      userId: 'user-1',
      upstreamMs: 40,
      upstreamCalls: 1,
    });
  });

  it('names a page by its path even when its data came through the proxy in-process', () => {
    const context = newRequestContext('GET', '/sandboxes/abc');
    context.route = '/api/sandboxes/:id';
    expect(requestLogFields(context, 200, 1).route).toBe('/sandboxes/:id');
  });

  it('labels a made-up method OTHER', () => {
    expect(methodLabel('PROPFIND')).toBe('OTHER');
    expect(methodLabel('PATCH')).toBe('PATCH');
  });
});

describe('statusOf', () => {
  it('is 499 when the client left before the response was complete', () => {
    expect(statusOf({ statusCode: 200, writableFinished: true })).toBe(200);
    expect(statusOf({ statusCode: 200, writableFinished: false })).toBe(499);
  });
});

describe('requestLine', () => {
  it('logs static files and scrapes at debug, the rest at info, with the duration since arrival', () => {
    const response = { statusCode: 200, writableFinished: true } as never;
    const asset = newRequestContext('GET', '/_next/static/chunks/a.js');
    expect(requestLine(asset, {} as never, response).level).toBe('debug');
    expect(requestLine(newRequestContext('GET', '/metrics'), {} as never, response).level).toBe('debug');
    const page = newRequestContext('GET', '/sandboxes');
    const line = requestLine(page, {} as never, response, page.startedAt + 2_500_000n);
    expect(line).toMatchObject({ level: 'info', fields: { route: '/sandboxes', durationMs: 2.5 } });
  });
});
