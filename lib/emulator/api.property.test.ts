/**
 * Property tests of the embedded API called directly: hostile requests never get a 5xx, and the shared
 * read-back and byte-limit properties (lib/contract/api-properties.ts). Bounded by lib/contract/arbitraries.ts
 * `propertyParams`: a fixed seed on CI, `PROPERTY_RUNS` / `PROPERTY_SEED` locally.
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
import { ROUTES } from '@/lib/server/routes';

import { startTestApi, TEST_KEY } from './test-helpers';

const NOW = Date.UTC(2026, 9, 10, 12, 0, 0);
// A clock that stands still: no sandbox's lifetime ends mid-property, however slow the machine.
const api = startTestApi({ maxSandboxes: 1_000_000, now: () => NOW });
afterAll(() => api.dispose());

const ids = { sandbox: '', paused: '', template: '', build: '' };
beforeAll(async () => {
  ids.sandbox = (await api.json<{ id: string }>('POST', '/sandboxes', { name: 'fixture' })).body.id;
  ids.paused = (await api.json<{ id: string }>('POST', '/sandboxes', { name: 'paused' })).body.id;
  await api.call('POST', `/sandboxes/${ids.paused}/pause`);
  const template = await api.json<{ id: string; build_id: string }>('POST', '/templates', {
    name: 'fixture-template',
    build_spec: { from: 'ubuntu:24.04' },
  });
  ids.template = template.body.id;
  ids.build = template.body.build_id;
  // The id slots of the requests below mean something only if every fixture exists.
  expect(Object.values(ids).every(Boolean)).toBe(true);
});

const fixtureId = fc
  .constantFrom(...(Object.keys(ids) as (keyof typeof ids)[]))
  .map((name) => () => ids[name]);

const apiKey = fc.constantFrom(TEST_KEY, TEST_KEY, TEST_KEY, '', 'wrong-key');

/** Sends one hostile request and expects no 5xx, its whole body read (a failure part-way counts too). */
async function expectNo5xx(shape: HostileRequest, key: string) {
  const built = toRequest(shape, 'http://emulator.test', new Headers(key ? { 'x-api-key': key } : {}));
  fc.pre(built !== undefined);
  const { request } = built!;
  const response = await api.handle(request);
  await response.arrayBuffer();
  expect(response.status, `${request.method} ${request.url}`).toBeLessThan(500);
}

describe('the embedded API never answers a hostile request with a 5xx', () => {
  property(
    'any method, path, query, key and body',
    300,
    [hostileRequest(ROUTES, fixtureId), apiKey],
    expectNo5xx,
  );
  property(
    'any body and query to every route, on real ids',
    300,
    [routeRequest(ROUTES, fixtureId)],
    (shape) => expectNo5xx(shape, TEST_KEY),
  );
});

defineApiProperties(async (verb, path, body) => {
  const response = await api.call(verb, path, body);
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined };
});
