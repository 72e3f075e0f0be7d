import { describe, expect, it } from 'vitest';

import { callProxy, errorBody, SANDBOX_ID } from './proxy-test-kit';

const create = { method: 'POST', body: JSON.stringify({ name: 'demo' }) };

describe('cross-site writes', () => {
  it.each([
    ['an Origin of another site', { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }],
    ['an Origin of another site (older browser, no Sec-Fetch-Site)', { origin: 'https://evil.example' }],
    ['an Origin on another port', { origin: 'http://localhost:4000' }],
    ['Origin: null (sandboxed frame, file://)', { origin: 'null' }],
    ['Sec-Fetch-Site: cross-site', { origin: '', 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site (a sibling subdomain)', { origin: '', 'sec-fetch-site': 'same-site' }],
  ])('refuses a POST with %s with 403 before calling the upstream', async (_name, headers) => {
    const { response, requests } = await callProxy('/sandboxes', { ...create, headers });
    expect(response.status).toBe(403);
    expect((await errorBody(response)).error).toEqual({
      code: 'forbidden',
      message: 'Changes can only be made from the dashboard itself, not from another site.',
    });
    expect(requests).toHaveLength(0);
  });

  it.each(['PATCH', 'DELETE'])('refuses a cross-site %s too', async (method) => {
    const body = method === 'PATCH' ? JSON.stringify({ metadata: {} }) : undefined;
    const { response, requests } = await callProxy(`/sandboxes/${SANDBOX_ID}`, {
      method,
      body,
      headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    });
    expect(response.status).toBe(403);
    expect(requests).toHaveLength(0);
  });

  it('refuses a cross-site write even to a path without a body', async () => {
    const { response } = await callProxy(`/sandboxes/${SANDBOX_ID}/pause`, {
      method: 'POST',
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(response.status).toBe(403);
  });

  it('allows writes from the same origin', async () => {
    const { response, requests } = await callProxy('/sandboxes', create);
    expect(response.status).toBe(200);
    expect(requests).toHaveLength(1);
  });

  it('allows Sec-Fetch-Site: none (typed into the address bar, bookmarks)', async () => {
    const { response } = await callProxy('/sandboxes', {
      ...create,
      headers: { 'sec-fetch-site': 'none', origin: '' },
    });
    expect(response.status).toBe(200);
  });

  it('allows a write with neither header (curl, scripts: no browser, no ambient credentials)', async () => {
    const { response } = await callProxy('/sandboxes', {
      ...create,
      headers: { origin: '', 'sec-fetch-site': '' },
    });
    expect(response.status).toBe(200);
  });

  it('accepts the browser-facing host a reverse proxy reports in X-Forwarded-Host', async () => {
    const { response } = await callProxy('/sandboxes', {
      ...create,
      headers: { origin: 'https://console.example.com', 'x-forwarded-host': 'console.example.com' },
    });
    expect(response.status).toBe(200);
  });

  it('accepts CONSOLE_URL as the origin behind a proxy that rewrites Host, and nothing else with it', async () => {
    const behindProxy = { publicOrigin: 'https://console.example.com' };
    const ok = await callProxy(
      '/sandboxes',
      { ...create, headers: { origin: 'https://console.example.com' } },
      undefined,
      behindProxy,
    );
    expect(ok.response.status).toBe(200);
    const other = await callProxy(
      '/sandboxes',
      { ...create, headers: { origin: 'https://evil.example' } },
      undefined,
      behindProxy,
    );
    expect(other.response.status).toBe(403);
    expect(other.requests).toHaveLength(0);
  });

  it('lets cross-site reads through: GET changes nothing and its answer is not readable cross-origin', async () => {
    const { response, requests } = await callProxy('/sandboxes', {
      headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    });
    expect(response.status).toBe(200);
    expect(requests).toHaveLength(1);
  });
});
