import { describe, expect, it } from 'vitest';

import { callProxy, SECRET_KEY } from './proxy-test-kit';

describe('request headers sent upstream', () => {
  it('forwards only the safe headers, drops cookies and the client key, and injects the server key', async () => {
    const { requests } = await callProxy('/sandboxes', {
      headers: {
        accept: 'application/json',
        'accept-language': 'de-DE',
        'last-event-id': '42',
        cookie: 'session=abc',
        authorization: 'Bearer user-token',
        'x-api-key': 'key-from-the-browser',
        'x-forwarded-for': '203.0.113.9',
        'x-custom': 'anything',
        'user-agent': 'Mozilla/5.0',
        referer: 'http://localhost:3000/sandboxes',
      },
    });
    const sent = Object.fromEntries(requests[0]?.headers ?? []);
    expect(sent).toEqual({
      accept: 'application/json',
      'accept-language': 'de-DE',
      'last-event-id': '42',
      'user-agent': 'sandbox-console',
      'x-api-key': SECRET_KEY,
    });
  });

  it('forwards Idempotency-Key on writes, with the JSON content type', async () => {
    const { requests } = await callProxy('/sandboxes', {
      method: 'POST',
      body: JSON.stringify({ name: 'demo' }),
      headers: { 'idempotency-key': 'create-7f3a', cookie: 'session=abc' },
    });
    const sent = requests[0]?.headers;
    expect(sent?.get('idempotency-key')).toBe('create-7f3a');
    expect(sent?.get('content-type')).toBe('application/json');
    expect(sent?.get('x-api-key')).toBe(SECRET_KEY);
    expect(sent?.has('cookie')).toBe(false);
    expect(sent?.has('origin')).toBe(false);
  });
});

describe('response headers sent to the browser', () => {
  it('passes content-type, X-Total-Count, Retry-After and RateLimit-*; drops hop-by-hop and set-cookie', async () => {
    const upstreamHeaders = {
      'content-type': 'application/json',
      'x-total-count': '137',
      'retry-after': '2',
      'ratelimit-limit': '20',
      'ratelimit-remaining': '0',
      'ratelimit-reset': '2',
      'set-cookie': 'tracking=1; Path=/',
      connection: 'keep-alive',
      'keep-alive': 'timeout=5',
      'proxy-authenticate': 'Basic',
      trailer: 'Expires',
      upgrade: 'h2c',
      server: 'superserve-api/1.2',
      'x-powered-by': 'Go',
      'strict-transport-security': 'max-age=63072000',
      'access-control-allow-origin': '*',
      'x-request-id': 'req_123',
    };
    const { response } = await callProxy('/sandboxes', {}, () =>
      Response.json(
        { error: { code: 'rate_limited', message: 'Slow down' } },
        { status: 429, headers: upstreamHeaders },
      ),
    );
    expect(response.status).toBe(429);
    expect(Object.fromEntries(response.headers)).toEqual({
      'content-type': 'application/json',
      'x-total-count': '137',
      'retry-after': '2',
      'ratelimit-limit': '20',
      'ratelimit-remaining': '0',
      'ratelimit-reset': '2',
      'cache-control': 'no-store',
      // The dashboard's own request id (its audit records are filed under it), never the upstream's.
      'x-request-id': expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
  });

  it("keeps the upstream's own cache-control", async () => {
    const { response } = await callProxy('/templates', {}, () =>
      Response.json([], { headers: { 'cache-control': 'private, max-age=5' } }),
    );
    expect(response.headers.get('cache-control')).toBe('private, max-age=5');
  });
});
