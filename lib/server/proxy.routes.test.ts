import { describe, expect, it } from 'vitest';

import { proxyRequest } from './proxy';
import {
  ADMIN,
  apiRequest,
  callProxy,
  fakeUpstream,
  remoteConfig,
  SANDBOX_ID,
  memoryAudit,
} from './proxy-test-kit';

const BUILD_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

// Every path of the OpenAPI file with each of its methods, plus activate. Bodies are valid for their contract.
const ALLOWED: [method: string, path: string, body?: unknown][] = [
  ['GET', '/health'],
  ['GET', '/sandboxes'],
  ['POST', '/sandboxes', { name: 'demo' }],
  ['GET', `/sandboxes/${SANDBOX_ID}`],
  ['PATCH', `/sandboxes/${SANDBOX_ID}`, { metadata: { env: 'prod' } }],
  ['DELETE', `/sandboxes/${SANDBOX_ID}`],
  ['POST', `/sandboxes/${SANDBOX_ID}/pause`],
  ['POST', `/sandboxes/${SANDBOX_ID}/resume`],
  ['POST', `/sandboxes/${SANDBOX_ID}/activate`],
  ['POST', `/sandboxes/${SANDBOX_ID}/exec`, { command: 'ls' }],
  ['POST', `/sandboxes/${SANDBOX_ID}/exec/stream`, { command: 'ls' }],
  ['GET', '/templates'],
  ['POST', '/templates', { name: 'my-env', build_spec: { from: 'python:3.11' } }],
  ['GET', `/templates/${SANDBOX_ID}`],
  ['GET', '/templates/my-env'],
  ['DELETE', `/templates/${SANDBOX_ID}`],
  ['GET', `/templates/${SANDBOX_ID}/builds`],
  ['POST', `/templates/${SANDBOX_ID}/builds`],
  ['GET', `/templates/${SANDBOX_ID}/builds/${BUILD_ID}`],
  ['DELETE', `/templates/${SANDBOX_ID}/builds/${BUILD_ID}`],
  ['GET', `/templates/${SANDBOX_ID}/builds/${BUILD_ID}/logs`],
];

describe('allow-list', () => {
  it.each(ALLOWED)('lets %s %s through to the same upstream path', async (method, path, body) => {
    const init = body === undefined ? { method } : { method, body: JSON.stringify(body) };
    const { response, requests } = await callProxy(path, init);
    expect(response.status).toBe(200);
    expect(requests).toHaveLength(1);
    expect(requests[0]?.method).toBe(method);
    expect(requests[0]?.url).toBe(`https://api.example.test${path}`);
  });

  it('keeps the query string, metadata filters included', async () => {
    const { requests } = await callProxy('/sandboxes?metadata.env=prod&metadata.owner=agent%207&limit=20');
    expect(requests[0]?.url).toBe(
      'https://api.example.test/sandboxes?metadata.env=prod&metadata.owner=agent%207&limit=20',
    );
  });

  it('allows HEAD wherever GET is allowed', async () => {
    const { response, requests } = await callProxy('/sandboxes', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(requests[0]?.method).toBe('HEAD');
  });

  it.each([
    ['GET', '/'],
    ['GET', '/admin'],
    ['GET', '/v1/sandboxes'],
    ['GET', '/SANDBOXES'],
    ['GET', `/sandboxes/${SANDBOX_ID}/files`],
    ['GET', '/health/'],
    ['GET', '/templates/a/builds/b/logs/extra'],
  ])('answers 404 for the unknown path %s %s without calling the upstream', async (method, path) => {
    const { response, requests } = await callProxy(path, { method });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: { code: 'not_found', message: 'There is no such API endpoint.' },
    });
    expect(requests).toHaveLength(0);
  });

  it.each([
    ['PUT', '/sandboxes', 'GET, HEAD, POST'],
    ['DELETE', '/sandboxes', 'GET, HEAD, POST'],
    ['POST', '/health', 'GET, HEAD'],
    ['PATCH', '/templates', 'GET, HEAD, POST'],
    ['GET', `/sandboxes/${SANDBOX_ID}/pause`, 'POST'],
    ['GET', `/sandboxes/${SANDBOX_ID}/exec`, 'POST'],
    ['POST', `/sandboxes/${SANDBOX_ID}`, 'GET, HEAD, PATCH, DELETE'],
    ['PROPFIND', `/templates/${SANDBOX_ID}/builds`, 'GET, HEAD, POST'],
  ])('answers 405 with Allow for a method the path does not have: %s %s', async (method, path, allow) => {
    const { response, requests } = await callProxy(path, { method });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe(allow);
    expect(await response.json()).toEqual({
      error: {
        code: 'method_not_allowed',
        message: `${method} is not allowed here. This address answers ${allow}.`,
      },
    });
    expect(requests).toHaveLength(0);
  });

  it('PUT on /sandboxes gets 405 with Allow: GET, HEAD, POST, even without a session', async () => {
    const { response } = await callProxy('/sandboxes', { method: 'PUT' }, undefined, {
      requester: async () => null,
    });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD, POST');
  });

  it('answers OPTIONS on a known path with 204 and its Allow, and no CORS grant', async () => {
    const { response, requests } = await callProxy('/sandboxes', {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('allow')).toBe('GET, HEAD, POST');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(requests).toHaveLength(0);
  });

  it.each(['PUT', 'OPTIONS', 'PROPFIND'])('still answers 404 for %s on an unknown path', async (method) => {
    const { response, requests } = await callProxy('/admin', { method });
    expect(response.status).toBe(404);
    expect(requests).toHaveLength(0);
  });
});

describe('traversal and encoding tricks', () => {
  // Each entry is the segments Next hands the catch-all route after decoding the URL once.
  it.each([
    ['dot-dot', ['sandboxes', '..', 'health']],
    ['encoded dot-dot (%2e%2e, decoded once)', ['sandboxes', '..']],
    ['double-encoded dot-dot (%252e%252e)', ['sandboxes', '%2e%2e']],
    ['double-encoded dot-dot as an id', ['sandboxes', '%2e%2e', 'pause']],
    ['encoded slash (..%2Fhealth)', ['sandboxes', '../health']],
    ['encoded slash inside an id', ['sandboxes', `${SANDBOX_ID}/pause`]],
    ['double-encoded slash (%252F)', ['sandboxes', `x%2F..%2Fhealth`]],
    ['empty segment from //', ['', 'sandboxes']],
    ['empty id from //', ['sandboxes', '', 'pause']],
    ['backslash', ['sandboxes', '..\\health']],
    ['encoded backslash (%5C)', ['templates', 'a\\b']],
    ['single dot', ['templates', '.']],
    ['dot-prefixed id', ['templates', '.hidden']],
    ['NUL byte', ['sandboxes', `${SANDBOX_ID}\u0000`]],
    ['unicode two-dot leader', ['sandboxes', '\u2025']],
    ['fullwidth dots', ['sandboxes', '\uff0e\uff0e']],
    ['a query hidden in an id', ['sandboxes', `${SANDBOX_ID}?x=1`]],
    ['a very long id', ['sandboxes', 'a'.repeat(300)]],
  ])('answers 404 for %s and never calls the upstream', async (_name, segments) => {
    const fake = fakeUpstream();
    const response = await proxyRequest(apiRequest('/sandboxes'), segments, {
      config: remoteConfig,
      upstream: fake.upstream,
      requester: async () => ADMIN,
      audit: memoryAudit(),
    });
    expect(response.status).toBe(404);
    expect(fake.requests).toHaveLength(0);
  });
});
