/**
 * Property tests of the proxy core in front of the embedded API (in-process, an admin signed in, an in-memory
 * audit log): hostile requests never get a 5xx, and the shared read-back and byte-limit properties
 * (lib/contract/api-properties.ts) hold through it. Next's own URL handling (malformed escapes, TRACE, Host)
 * sits in front of this and is not reached here. Bounded by lib/contract/arbitraries.ts `propertyParams`.
 */
import { fc } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect } from 'vitest';

import { defineApiProperties } from '@/lib/contract/api-properties';
import {
  type HostileRequest,
  hostileRequest,
  property,
  routeRequest,
  toRequest,
} from '@/lib/contract/arbitraries';
import { startTestApi } from '@/lib/emulator/test-helpers';

import { type ProxyDeps, proxyRequest } from './proxy';
import { ADMIN, APP_ORIGIN, apiRequest, memoryAudit, segmentsOf } from './proxy-test-kit';
import { ROUTES } from './routes';
import { EMULATOR_ORIGIN, localUpstream } from './upstream';

const NOW = Date.UTC(2026, 9, 10, 12, 0, 0);
const api = startTestApi({ maxSandboxes: 1_000_000, now: () => NOW });
afterAll(() => api.dispose());

const logs: string[] = [];
const deps: ProxyDeps = {
  config: { mode: 'local', apiUrl: EMULATOR_ORIGIN, apiKey: 'test-key', timeoutMs: 10_000 },
  upstream: localUpstream(api),
  requester: async () => ADMIN,
  audit: memoryAudit(),
  log: (line) => logs.push(line),
};

const ids = { sandbox: '', paused: '', template: '' };
beforeAll(async () => {
  ids.sandbox = (await api.json<{ id: string }>('POST', '/sandboxes', { name: 'fixture' })).body.id;
  ids.paused = (await api.json<{ id: string }>('POST', '/sandboxes', { name: 'paused' })).body.id;
  await api.call('POST', `/sandboxes/${ids.paused}/pause`);
  const templates = await api.json<{ id: string }[]>('GET', '/templates');
  ids.template = templates.body[0]!.id;
  expect(Object.values(ids).every(Boolean)).toBe(true);
});

const fixtureId = fc
  .constantFrom(...(Object.keys(ids) as (keyof typeof ids)[]))
  .map((name) => () => ids[name]);

/** Where a write says it comes from: the dashboard, another site, or nowhere. */
const origin = fc.constantFrom(APP_ORIGIN, APP_ORIGIN, APP_ORIGIN, 'https://evil.example', '');

/** Sends one hostile request through the proxy and expects no 5xx, its whole body read. */
async function expectNo5xx(shape: HostileRequest, from: string) {
  const built = toRequest(shape, `${APP_ORIGIN}/api`, new Headers(from ? { origin: from } : {}));
  fc.pre(built !== undefined);
  const { request, segments } = built!;
  // Next hands the route the decoded segments, whatever they hold; so does this. A throw would be Next's 500.
  const response = await proxyRequest(request, segments, deps);
  await response.arrayBuffer();
  expect(response.status, `${request.method} ${request.url}`).toBeLessThan(500);
}

describe('the proxy never answers a hostile request with a 5xx', () => {
  property(
    'any method, path segments, query, origin and body',
    300,
    [hostileRequest(ROUTES, fixtureId), origin],
    expectNo5xx,
  );
  property(
    'any body and query to every route, on real ids',
    300,
    [routeRequest(ROUTES, fixtureId)],
    (shape) => expectNo5xx(shape, APP_ORIGIN),
  );
});

defineApiProperties(async (method, path, body) => {
  const request = apiRequest(path, { method, body });
  const response = await proxyRequest(request, segmentsOf(path), deps);
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined };
});
