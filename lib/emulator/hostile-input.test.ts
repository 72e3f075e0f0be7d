/**
 * Issue #10 in the embedded API (what the SDK talks to): hostile input never gets a 500, and what is accepted reads
 * back as sent. (The proxy's side is lib/server/proxy.hostile.test.ts.)
 */
import { join } from 'node:path';

import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';

import { JSON_MAX_DEPTH, LIST_METADATA_FILTERS_MAX, REQUEST_BODY_MAX_BYTES } from '@/lib/contract';
import { utf8Bytes } from '@/lib/contract/bytes';

import { startTestApi, TEST_KEY } from './test-helpers';
import type { TestApi } from './test-helpers';

let api: TestApi;
let sandboxId: string;

beforeEach(async () => {
  api = startTestApi();
  sandboxId = (await api.json<{ id: string }>('POST', '/sandboxes', { name: 'target' })).body.id;
});
afterEach(() => api.dispose());

type ErrorBody = { error: { code: string; message: string } };
type Sandbox = { id: string; name: string; metadata: Record<string, string> };

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const withDeepField = (body: object, depth: number) =>
  `${JSON.stringify(body).slice(0, -1)},"x":${nested(depth)}}`;

describe('deeply nested JSON (issue #10)', () => {
  test('5,000 levels in an exec body is a 400, not a 500', async () => {
    const body = `{"command":"echo hi","x":${nested(5000)}}`;
    for (const path of [`/sandboxes/${sandboxId}/exec`, `/sandboxes/${sandboxId}/exec/stream`]) {
      const { status, body: answer } = await api.json<ErrorBody>('POST', path, body);
      expect(status).toBe(400);
      expect(answer.error).toEqual({
        code: 'bad_request',
        message: expect.stringContaining(`more than ${JSON_MAX_DEPTH} levels deep`),
      });
    }
  });

  test('every route that reads a body refuses one level too many', async () => {
    const routes: [string, string, object][] = [
      ['POST', '/sandboxes', { name: 'n' }],
      ['PATCH', `/sandboxes/${sandboxId}`, { metadata: {} }],
      ['POST', `/sandboxes/${sandboxId}/exec`, { command: 'true' }],
      ['POST', `/sandboxes/${sandboxId}/exec/stream`, { command: 'true' }],
      ['POST', '/templates', { name: 't', build_spec: { from: 'python:3.11' } }],
    ];
    for (const [method, path, body] of routes) {
      const { status, body: answer } = await api.json<ErrorBody>(
        method,
        path,
        withDeepField(body, JSON_MAX_DEPTH),
      );
      expect(status, `${method} ${path}`).toBe(400);
      expect(answer.error.message).toContain('levels deep');
    }
  });
});

describe('unknown exec fields (issue #10 decision)', () => {
  test('are ignored, as the real backend does, so a newer SDK keeps working', async () => {
    const { status, body } = await api.json('POST', `/sandboxes/${sandboxId}/exec`, {
      command: 'echo hi',
      user: 'root',
      options: { pty: true },
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ stdout: 'hi\n', exit_code: 0 });
  });
});

describe('metadata filters (issue #10)', () => {
  const query = (count: number, key = (i: number) => `k${i}`) =>
    Array.from({ length: count }, (_, i) => `metadata.${key(i)}=v`).join('&');

  test(`${LIST_METADATA_FILTERS_MAX} filters are answered`, async () => {
    const metadata = Object.fromEntries(Array.from({ length: 64 }, (_, i) => [`k${i}`, 'v']));
    await api.json('POST', '/sandboxes', { name: 'all-64', metadata });
    const { status, body } = await api.json<Sandbox[]>('GET', `/sandboxes?${query(64)}`);
    expect(status).toBe(200);
    expect(body.map((item) => item.name)).toEqual(['all-64']);
  });

  test.each([65, 501, 2000])('%i filters are a 400, not a 500', async (count) => {
    const { status, body } = await api.json<ErrorBody>('GET', `/sandboxes?${query(count)}`);
    expect(status).toBe(400);
    expect(body.error).toEqual({
      code: 'bad_request',
      message: `${count} metadata filters given; the limit is 64, as a sandbox has at most 64 metadata keys (so more filters could never all match)`,
    });
  });
});

describe('lone UTF-16 surrogates (issue #10)', () => {
  test.each([
    ['name', '{"name":"a\\ud800b"}', 'name is not valid Unicode text'],
    ['21 of them in a name', `{"name":"${'\\ud800'.repeat(21)}"}`, 'name is not valid Unicode text'],
    ['a metadata key', '{"name":"n","metadata":{"k\\udc00":"v"}}', 'metadata has a key that is not valid'],
    ['a metadata value', '{"name":"n","metadata":{"k":"v\\udc00"}}', 'metadata.k is not valid Unicode text'],
    ['an env var value', '{"name":"n","env_vars":{"K":"\\ud83d"}}', 'env_vars.K is not valid Unicode text'],
  ])('are refused in %s, naming the field', async (_what, body, message) => {
    const { status, body: answer } = await api.json<ErrorBody>('POST', '/sandboxes', body);
    expect(status).toBe(400);
    expect(answer.error.message).toContain(message);
    expect((await api.json<Sandbox[]>('GET', '/sandboxes')).body).toHaveLength(1); // nothing was created
  });

  test('are refused in PATCH metadata and in an exec env', async () => {
    const patch = await api.json<ErrorBody>(
      'PATCH',
      `/sandboxes/${sandboxId}`,
      '{"metadata":{"k":"\\udfff"}}',
    );
    expect(patch.status).toBe(400);
    const exec = await api.json<ErrorBody>(
      'POST',
      `/sandboxes/${sandboxId}/exec`,
      '{"command":"env","env":{"A":"\\ud800"}}',
    );
    expect(exec.status).toBe(400);
    expect(exec.body.error.message).toContain('env.A');
  });

  test('bytes that are not UTF-8 are refused rather than replaced', async () => {
    const bytes = new TextEncoder().encode('{"name":"_"}');
    bytes[9] = 0xff; // the name's one character: a byte no UTF-8 text has
    const res = await api.handle(
      new Request('http://emulator.test/sandboxes', {
        method: 'POST',
        headers: { 'X-API-Key': TEST_KEY, 'Content-Type': 'application/json' },
        body: bytes,
      }),
    );
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).error.message).toContain('not valid UTF-8');
  });

  test('what is accepted is stored with exactly the bytes that were counted', async () => {
    const texts = ['plain', 'ünïcödé', '€€€', '名前', '😀'.repeat(16), 'mixed 😀 é € a'];
    for (const text of texts) {
      await api.json('POST', '/sandboxes', { name: text, metadata: { [text]: text } });
    }
    const db = new Database(join(api.dataDir, 'emulator.db'), { readonly: true });
    try {
      for (const text of texts) {
        const stored = db
          .prepare(
            `SELECT s.name, length(CAST(s.name AS BLOB)) AS name_bytes, m.key, length(CAST(m.key AS BLOB)) AS key_bytes,
               length(CAST(m.value AS BLOB)) AS value_bytes
             FROM sandboxes s JOIN sandbox_metadata m ON m.sandbox_seq = s.seq WHERE s.name = ?`,
          )
          .get(text) as {
          name: string;
          name_bytes: number;
          key: string;
          key_bytes: number;
          value_bytes: number;
        };
        expect(stored).toEqual({
          name: text,
          name_bytes: utf8Bytes(text),
          key: text,
          key_bytes: utf8Bytes(text),
          value_bytes: utf8Bytes(text),
        });
      }
    } finally {
      db.close();
    }
    const back = (await api.json<Sandbox[]>('GET', '/sandboxes')).body;
    for (const text of texts)
      expect(back.find((item) => item.name === text)?.metadata).toEqual({ [text]: text });
  });
});

describe('__proto__ keys (issue #10)', () => {
  const SPECIAL_KEYS = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty'];
  const specialJson = (suffix: string) =>
    `{${SPECIAL_KEYS.map((key) => `"${key}":"${key}-${suffix}"`).join(',')},"k":"v"}`;
  const entries = (suffix: string) => [...SPECIAL_KEYS.map((key) => [key, `${key}-${suffix}`]), ['k', 'v']];

  test('are created, read back, filtered by and patched as ordinary keys', async () => {
    const created = await api.json<Sandbox>(
      'POST',
      '/sandboxes',
      `{"name":"p","metadata":${specialJson('1')}}`,
    );
    expect(created.status).toBe(201);
    expect(Object.entries(created.body.metadata)).toEqual(entries('1'));

    const got = await api.json<Sandbox>('GET', `/sandboxes/${created.body.id}`);
    expect(Object.entries(got.body.metadata)).toEqual(entries('1'));

    for (const key of SPECIAL_KEYS) {
      const listed = await api.json<Sandbox[]>('GET', `/sandboxes?metadata.${key}=${key}-1`);
      expect(
        listed.body.map((item) => item.id),
        key,
      ).toEqual([created.body.id]);
    }

    const patched = await api.call(
      'PATCH',
      `/sandboxes/${created.body.id}`,
      `{"metadata":${specialJson('2')}}`,
    );
    expect(patched.status).toBe(204);
    const after = await api.json<Sandbox>('GET', `/sandboxes/${created.body.id}`);
    expect(Object.entries(after.body.metadata)).toEqual(entries('2'));
    expect((await api.json<Sandbox[]>('GET', '/sandboxes?metadata.__proto__=__proto__-1')).body).toEqual([]);
    expect((await api.json<Sandbox[]>('GET', '/sandboxes?metadata.__proto__=__proto__-2')).body).toHaveLength(
      1,
    );
  });

  test('env_vars and an exec env keep them: every variable reaches the command', async () => {
    const created = await api.json<Sandbox>(
      'POST',
      '/sandboxes',
      `{"name":"e","env_vars":${specialJson('env')}}`,
    );
    expect(created.status).toBe(201);
    for (const key of SPECIAL_KEYS) {
      const run = await api.json<{ stdout: string }>('POST', `/sandboxes/${created.body.id}/exec`, {
        command: `printenv ${key}`,
      });
      expect(run.body.stdout, key).toBe(`${key}-env\n`);
    }
    const fromRequest = await api.json<{ stdout: string }>(
      'POST',
      `/sandboxes/${created.body.id}/exec`,
      '{"command":"printenv __proto__","env":{"__proto__":"from-request"}}',
    );
    expect(fromRequest.body.stdout).toBe('from-request\n');
  });

  test('a template env step named __proto__ sets that variable', async () => {
    const template = await api.json<{ id: string }>('POST', '/templates', {
      name: 'proto-env',
      build_spec: { from: 'python:3.11', steps: [{ env: { key: '__proto__', value: 'from-template' } }] },
    });
    expect(template.status).toBe(202);
    for (let i = 0; i < 400; i++) {
      const { body } = await api.json<{ status: string }>('GET', `/templates/${template.body.id}`);
      if (body.status === 'ready') break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const sandbox = await api.json<Sandbox>('POST', '/sandboxes', { name: 's', from_template: 'proto-env' });
    expect(sandbox.status).toBe(201);
    const run = await api.json<{ stdout: string }>('POST', `/sandboxes/${sandbox.body.id}/exec`, {
      command: 'printenv __proto__',
    });
    expect(run.body.stdout).toBe('from-template\n');
  });
});

describe('a body over 256 KB (issue #10)', () => {
  test('is a 413 with Connection: close, and nothing is created', async () => {
    const body = `{"name":"big","metadata":{"k":"${'x'.repeat(REQUEST_BODY_MAX_BYTES)}"}}`;
    const res = await api.call('POST', '/sandboxes', body);
    expect(res.status).toBe(413);
    expect(res.headers.get('connection')).toBe('close');
    expect(((await res.json()) as ErrorBody).error).toEqual({
      code: 'payload_too_large',
      message: 'The request body is larger than 256 KB.',
    });
    expect((await api.json<Sandbox[]>('GET', '/sandboxes')).body).toHaveLength(1);
  });

  test('a body of exactly 256 KB is still read', async () => {
    const padding = ' '.repeat(REQUEST_BODY_MAX_BYTES - '{"name":"edge"}'.length);
    const res = await api.call('POST', '/sandboxes', `{"name":"edge"}${padding}`);
    expect(res.status).toBe(201);
  });
});
