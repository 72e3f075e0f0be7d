/**
 * Issue #10 through the proxy: hostile input never gets a 500, and what is accepted is forwarded as sent.
 * (The embedded API's side is lib/emulator/hostile-input.test.ts.)
 */
import { describe, expect, it } from 'vitest';

import { JSON_MAX_DEPTH, LIST_METADATA_FILTERS_MAX } from '@/lib/contract';
import { utf8Bytes } from '@/lib/contract/bytes';

import { MAX_BODY_BYTES } from './body';
import { callProxy, errorBody, SANDBOX_ID } from './proxy-test-kit';

const post = (body: BodyInit, method = 'POST') => ({ method, body });
const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

/** Every route that takes a body, with a valid body for it. */
const BODY_ROUTES: [string, string, Record<string, unknown>][] = [
  ['POST', '/sandboxes', { name: 'n' }],
  ['PATCH', `/sandboxes/${SANDBOX_ID}`, { metadata: {} }],
  ['POST', `/sandboxes/${SANDBOX_ID}/exec`, { command: 'echo hi' }],
  ['POST', `/sandboxes/${SANDBOX_ID}/exec/stream`, { command: 'echo hi' }],
  ['POST', '/templates', { name: 't', build_spec: { from: 'python:3.11' } }],
];

/** `body` with an extra field `x` holding `depth` nested arrays, as raw JSON text. */
const withDeepField = (body: Record<string, unknown>, depth: number) =>
  `${JSON.stringify(body).slice(0, -1)},"x":${nested(depth)}}`;

describe('deeply nested JSON (issue #10)', () => {
  it('answers 400, not 500, for 5,000 levels in an exec body', async () => {
    const body = `{"command":"echo hi","x":${nested(5000)}}`;
    for (const path of [`/sandboxes/${SANDBOX_ID}/exec`, `/sandboxes/${SANDBOX_ID}/exec/stream`]) {
      const { response, requests } = await callProxy(path, post(body));
      expect(response.status).toBe(400);
      expect(await errorBody(response)).toEqual({
        error: {
          code: 'bad_request',
          message: expect.stringContaining(`more than ${JSON_MAX_DEPTH} levels deep`),
        },
      });
      expect(requests).toHaveLength(0);
    }
  });

  it.each(BODY_ROUTES)(
    'refuses one level too many on %s %s, before the schema runs',
    async (method, path, body) => {
      // The outer object is level 1, so the field's arrays may be JSON_MAX_DEPTH - 1 deep.
      const { response, requests } = await callProxy(path, post(withDeepField(body, JSON_MAX_DEPTH), method));
      expect(response.status).toBe(400);
      expect((await errorBody(response)).error.message).toContain('levels deep');
      expect(requests).toHaveLength(0);
    },
  );

  it('lets the deepest legitimate body through: a template with build steps', async () => {
    const template = {
      name: 'py',
      build_spec: {
        from: 'python:3.11',
        steps: [{ env: { key: 'A', value: 'b' } }, { user: { name: 'u', sudo: true } }],
      },
    };
    const { response, requests } = await callProxy('/templates', post(JSON.stringify(template)));
    expect(response.status).toBe(200);
    expect(await requests[0]?.json()).toMatchObject(template);
  });
});

describe('unknown exec fields (issue #10 decision)', () => {
  it('are accepted but not forwarded: the upstream sees only the fields the contract knows', async () => {
    const body = { command: 'ls', env: { A: '1' }, user: 'root', nested: { deep: [1, 2] } };
    const { response, requests } = await callProxy(
      `/sandboxes/${SANDBOX_ID}/exec`,
      post(JSON.stringify(body)),
    );
    expect(response.status).toBe(200);
    expect(await requests[0]?.json()).toEqual({ command: 'ls', env: { A: '1' } });
  });
});

describe('metadata filters on GET /sandboxes (issue #10)', () => {
  const query = (count: number) => Array.from({ length: count }, (_, i) => `metadata.k${i}=v`).join('&');

  it(`forwards ${LIST_METADATA_FILTERS_MAX} filters as they are`, async () => {
    expect(LIST_METADATA_FILTERS_MAX).toBe(64);
    const { response, requests } = await callProxy(`/sandboxes?${query(64)}`);
    expect(response.status).toBe(200);
    expect(new URL(requests[0]?.url ?? '').search).toBe(`?${query(64)}`);
  });

  it.each([65, 501])('answers 400 for %i filters, before any upstream call', async (count) => {
    const { response, requests } = await callProxy(`/sandboxes?${query(count)}&limit=10`);
    expect(response.status).toBe(400);
    expect(await errorBody(response)).toEqual({
      error: {
        code: 'bad_request',
        message: expect.stringMatching(new RegExp(`^${count} metadata filters given; the limit is 64`)),
      },
    });
    expect(requests).toHaveLength(0);
  });

  it('checks only the sandbox list', async () => {
    const { response, requests } = await callProxy(`/templates?${query(65)}`);
    expect(response.status).toBe(200);
    expect(requests).toHaveLength(1);
  });
});

describe('lone UTF-16 surrogates (issue #10)', () => {
  it('refuses a name with one, naming the field', async () => {
    const { response, requests } = await callProxy('/sandboxes', post('{"name":"a\\ud800b"}'));
    expect(response.status).toBe(400);
    const { error } = await errorBody(response);
    expect(error.fields).toEqual([
      { path: 'name', message: expect.stringContaining('name is not valid Unicode text') },
    ]);
    expect(error.message).toContain('\\ud800');
    expect(requests).toHaveLength(0);
  });

  it('refuses 21 of them, which the 64-byte name check would have counted as 63 bytes', async () => {
    const { response } = await callProxy('/sandboxes', post(`{"name":"${'\\ud800'.repeat(21)}"}`));
    expect(response.status).toBe(400);
  });

  it.each([
    ['a metadata key', '{"name":"n","metadata":{"k\\udc00":"v"}}', 'metadata.k\udc00', 'metadata has a key'],
    ['a metadata value', '{"name":"n","metadata":{"k":"v\\udc00"}}', 'metadata.k', 'metadata.k is not'],
    ['an env var value', '{"name":"n","env_vars":{"K":"\\ud83d"}}', 'env_vars.K', 'env_vars.K is not'],
    [
      'a network rule',
      '{"name":"n","network":{"allow_out":["\\ud800.com"]}}',
      'network.allow_out.0',
      'is not',
    ],
  ])('refuses %s with one, with its path', async (_what, body, path, message) => {
    const { response } = await callProxy('/sandboxes', post(body));
    expect(response.status).toBe(400);
    expect((await errorBody(response)).error.fields).toEqual([
      { path, message: expect.stringContaining(message) },
    ]);
  });

  it('refuses one in an unknown exec field too: anywhere in a body', async () => {
    const body = '{"command":"ls","extra":{"deep":["\\udfff"]}}';
    const { response } = await callProxy(`/sandboxes/${SANDBOX_ID}/exec`, post(body));
    expect(response.status).toBe(400);
    expect((await errorBody(response)).error.fields).toEqual([
      { path: 'extra.deep.0', message: expect.any(String) },
    ]);
  });

  it('forwards well-formed text byte for byte, so the byte count checked is the byte count sent', async () => {
    const name = '😀'.repeat(16); // 64 bytes: surrogate pairs, the most a name may be
    const { response, requests } = await callProxy('/sandboxes', post(JSON.stringify({ name })));
    expect(response.status).toBe(200);
    const forwarded = (await requests[0]?.json()) as { name: string };
    expect(forwarded.name).toBe(name);
    expect(new TextEncoder().encode(forwarded.name).length).toBe(utf8Bytes(name));
  });
});

describe('__proto__ keys (issue #10)', () => {
  const SPECIAL = '{"__proto__":"x","constructor":"c","prototype":"p","hasOwnProperty":"h","k":"v"}';

  it.each([
    ['create metadata', 'POST', '/sandboxes', `{"name":"p","metadata":${SPECIAL}}`, 'metadata'],
    ['create env_vars', 'POST', '/sandboxes', `{"name":"p","env_vars":${SPECIAL}}`, 'env_vars'],
    ['patch metadata', 'PATCH', `/sandboxes/${SANDBOX_ID}`, `{"metadata":${SPECIAL}}`, 'metadata'],
    ['exec env', 'POST', `/sandboxes/${SANDBOX_ID}/exec`, `{"command":"env","env":${SPECIAL}}`, 'env'],
  ])('forwards them as ordinary keys: %s', async (_what, method, path, body, field) => {
    const { response, requests } = await callProxy(path, post(body, method));
    expect(response.status).toBe(200);
    const forwarded = JSON.parse((await requests[0]?.text()) ?? '') as Record<string, object>;
    expect(Object.keys(forwarded[field] ?? {})).toEqual([
      '__proto__',
      'constructor',
      'prototype',
      'hasOwnProperty',
      'k',
    ]);
  });

  it('forwards a filter on one unchanged', async () => {
    const { requests } = await callProxy('/sandboxes?metadata.__proto__=x');
    expect(new URL(requests[0]?.url ?? '').searchParams.get('metadata.__proto__')).toBe('x');
  });
});

describe('a body over 256 KB (issue #10)', () => {
  it('gets its 413 with Connection: close, so the client opens a fresh connection for the next request', async () => {
    const body = `{"name":"big","metadata":{"k":"${'x'.repeat(MAX_BODY_BYTES)}"}}`;
    const { response, requests } = await callProxy('/sandboxes', post(body));
    expect(response.status).toBe(413);
    expect(response.headers.get('connection')).toBe('close');
    expect(requests).toHaveLength(0);
  });
});
