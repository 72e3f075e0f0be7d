/**
 * Issue #10 through the proxy: hostile input never gets a 500, and what is accepted is forwarded as sent.
 * (The embedded API's side is lib/emulator/hostile-input.test.ts.)
 */
import { describe, expect, it } from 'vitest';

import { JSON_MAX_DEPTH } from '@/lib/contract';

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
