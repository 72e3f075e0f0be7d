import { afterEach, describe, expect, test } from 'vitest';

import { startTestApi, TEST_KEY } from './test-helpers';
import type { TestApi } from './test-helpers';

let api: TestApi;
afterEach(() => api?.dispose());

const SECURITY = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
};

function expectSecurityHeaders(res: Response) {
  for (const [name, value] of Object.entries(SECURITY)) expect(res.headers.get(name)).toBe(value);
  expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
}

describe('health', () => {
  test('answers without a key', async () => {
    api = startTestApi();
    const res = await api.handle(new Request('http://x/health'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', version: '0.1.0' });
    expectSecurityHeaders(res);
  });
});

describe('authentication', () => {
  test.each([
    ['no key', {}],
    ['a wrong key', { 'X-API-Key': 'nope' }],
    ['an empty key', { 'X-API-Key': '' }],
  ])('%s → 401 auth_failed', async (_, headers) => {
    api = startTestApi();
    const res = await api.handle(new Request('http://x/sandboxes', { headers }));
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({
      error: { code: 'auth_failed', message: 'Invalid or missing X-API-Key header.' },
    });
    expectSecurityHeaders(res);
  });

  test('is checked before the id is validated', async () => {
    api = startTestApi();
    const res = await api.handle(new Request('http://x/sandboxes/abc'));
    expect(res.status).toBe(401);
  });

  test('the right key passes', async () => {
    api = startTestApi();
    const res = await api.handle(new Request('http://x/sandboxes', { headers: { 'X-API-Key': TEST_KEY } }));
    expect(res.status).toBe(200);
  });
});

describe('routing and errors', () => {
  test('a malformed sandbox id is a 400 naming it', async () => {
    api = startTestApi();
    for (const path of ['/sandboxes/abc', '/sandboxes/abc/pause', '/sandboxes/abc/exec']) {
      const method = path === '/sandboxes/abc' ? 'GET' : 'POST';
      const { status, body } = await api.json(
        method,
        path,
        method === 'POST' ? { command: 'ls' } : undefined,
      );
      expect(status).toBe(400);
      expect(body).toEqual({
        error: { code: 'bad_request', message: 'Invalid sandbox_id: "abc" is not a valid UUID' },
      });
    }
  });

  test('an unknown sandbox is a 404 on every endpoint', async () => {
    api = startTestApi();
    const id = '0b5c1a2e-8f3d-4c6b-9a7e-1d2c3b4a5f60';
    const calls: [string, string, unknown?][] = [
      ['GET', `/sandboxes/${id}`],
      ['PATCH', `/sandboxes/${id}`, { metadata: {} }],
      ['DELETE', `/sandboxes/${id}`],
      ['POST', `/sandboxes/${id}/pause`],
      ['POST', `/sandboxes/${id}/resume`],
      ['POST', `/sandboxes/${id}/activate`],
      ['POST', `/sandboxes/${id}/exec`, { command: 'ls' }],
      ['POST', `/sandboxes/${id}/exec/stream`, { command: 'ls' }],
    ];
    for (const [method, path, body] of calls) {
      const res = await api.json(method, path, body);
      expect([method, path, res.status, res.body]).toEqual([
        method,
        path,
        404,
        { error: { code: 'not_found', message: 'Sandbox not found' } },
      ]);
    }
  });

  test('an unknown path is a 404 and a wrong method a 405 with Allow', async () => {
    api = startTestApi();
    const missing = await api.json('GET', '/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ error: { code: 'not_found' } });
    const wrong = await api.json('PUT', '/sandboxes');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET, POST');
    const wrongTemplate = await api.json('PATCH', '/templates/superserve/base');
    expect(wrongTemplate.status).toBe(405);
    expect(wrongTemplate.headers.get('allow')).toBe('GET, DELETE');
  });

  test('security headers are on successes, 204s, errors and event streams', async () => {
    api = startTestApi();
    const created = await api.call('POST', '/sandboxes', { name: 'h' });
    expectSecurityHeaders(created);
    const { id } = (await created.json()) as { id: string };
    expectSecurityHeaders(await api.call('POST', `/sandboxes/${id}/pause`));
    expectSecurityHeaders(await api.call('GET', '/sandboxes/abc'));
    const stream = await api.call('POST', `/sandboxes/${id}/exec/stream`, { command: 'echo hi' });
    expectSecurityHeaders(stream);
    await stream.text();
  });

  test('after close() requests get a 503 instead of touching a closed database', async () => {
    api = startTestApi();
    api.close();
    const res = await api.json('GET', '/sandboxes');
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ error: { code: 'service_unavailable' } });
  });
});
