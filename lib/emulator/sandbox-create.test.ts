import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';

import { startTestApi, testClock } from './test-helpers';
import type { TestApi } from './test-helpers';

let api: TestApi;
afterEach(() => api?.dispose());

const error = (body: unknown) => (body as { error: { code: string; message: string } }).error;

describe('POST /sandboxes', () => {
  test('creates an active sandbox with the template resources and a token', async () => {
    const clock = testClock();
    api = startTestApi({ now: clock.now });
    const { status, body } = await api.json('POST', '/sandboxes', { name: 'first' });
    expect(status).toBe(201);
    expect(body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: 'first',
      status: 'active',
      vcpu_count: 1,
      memory_mib: 1024,
      created_at: new Date(clock.now()).toISOString(),
      metadata: {},
      template_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      access_token: expect.any(String),
    });
    const base = await api.json('GET', '/templates/superserve/base');
    expect((body as { template_id: string }).template_id).toBe((base.body as { id: string }).id);
    expect(body).not.toHaveProperty('snapshot_id');
    expect(body).not.toHaveProperty('timeout_seconds');
    expect(body).not.toHaveProperty('network');
  });

  test('echoes timeout, network and metadata when set, and never the env var values', async () => {
    api = startTestApi();
    const { status, body } = await api.json('POST', '/sandboxes', {
      name: 'full',
      timeout_seconds: 3600,
      metadata: { env: 'prod', owner: 'agent-7' },
      env_vars: { OPENAI_API_KEY: 'sk-secret-value' },
      network: { allow_out: ['api.openai.com', '*.github.com'], deny_out: ['0.0.0.0/0'] },
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({
      timeout_seconds: 3600,
      metadata: { env: 'prod', owner: 'agent-7' },
      network: { allow_out: ['api.openai.com', '*.github.com'], deny_out: ['0.0.0.0/0'] },
    });
    expect(JSON.stringify(body)).not.toContain('sk-secret-value');
    expect(body).not.toHaveProperty('env_vars');
  });

  test('leaves network out when both lists are empty', async () => {
    api = startTestApi();
    const { body } = await api.json('POST', '/sandboxes', {
      name: 'n',
      network: { allow_out: [], deny_out: [] },
    });
    expect(body).not.toHaveProperty('network');
  });

  test('boots from a curated template by name or by id', async () => {
    api = startTestApi();
    const templates = (await api.json<{ id: string; name: string }[]>('GET', '/templates')).body;
    const python = templates.find((t) => t.name === 'superserve/python-3.11');
    const byName = await api.json('POST', '/sandboxes', {
      name: 'a',
      from_template: 'superserve/python-3.11',
    });
    const byId = await api.json('POST', '/sandboxes', { name: 'b', from_template: python?.id });
    expect(byName.status).toBe(201);
    expect(byId.status).toBe(201);
    const exec = await api.json('POST', `/sandboxes/${(byId.body as { id: string }).id}/exec`, {
      command: 'python3 --version',
    });
    expect(exec.body).toMatchObject({ stdout: 'Python 3.11.11\n', exit_code: 0 });
  });

  describe('bad input is a 400 that names the field', () => {
    test.each([
      ['an empty body', ''],
      ['invalid JSON', '{"name": '],
      ['trailing data', '{"name":"a"} {}'],
      ['an array', '[]'],
      ['null', 'null'],
    ])('%s', async (_, raw) => {
      api = startTestApi();
      const { status, body } = await api.json('POST', '/sandboxes', raw);
      expect(status).toBe(400);
      expect(error(body)).toEqual({
        code: 'bad_request',
        message: 'Request body is not valid JSON or contains unknown fields.',
      });
    });

    test('an unknown field keeps the API sentence and names the field', async () => {
      api = startTestApi();
      const { status, body } = await api.json('POST', '/sandboxes', { name: 'a', nmae: 'typo' });
      expect(status).toBe(400);
      expect(error(body).message).toMatch(
        /^Request body is not valid JSON or contains unknown fields\. .*"nmae"/,
      );
    });

    test.each([
      [{}, /name/],
      [{ name: '' }, /name/],
      [{ name: 'é'.repeat(33) }, /name is 66 bytes/],
      [{ name: 7 }, /name must be a string/],
      [{ name: 'a', timeout_seconds: 0 }, /timeout_seconds must be between 1 and 604800/],
      [{ name: 'a', timeout_seconds: 604801 }, /timeout_seconds/],
      [{ name: 'a', timeout_seconds: 1.5 }, /timeout_seconds/],
      [{ name: 'a', network: { deny_out: ['example.com'] } }, /deny_out/],
      [{ name: 'a', network: { allow_out: ['2001:db8::/32'] } }, /IPv6 is not supported/],
      [{ name: 'a', metadata: { 'superserve.x': '1' } }, /reserved/],
      [{ name: 'a', metadata: { k: 'v'.repeat(2049) } }, /metadata/],
      [{ name: 'a', env_vars: { '1BAD': 'x' } }, /env_vars/],
      [{ name: 'a', from_template: '' }, /from_template/],
    ])('%j', async (request, message) => {
      api = startTestApi();
      const { status, body } = await api.json('POST', '/sandboxes', request);
      expect(status).toBe(400);
      expect(error(body).code).toBe('bad_request');
      expect(error(body).message).toMatch(message);
    });

    test('checks run in the API order: name, timeout, network, metadata, env_vars, from_template', async () => {
      api = startTestApi();
      const bad = {
        from_template: '',
        env_vars: { '1': 'x' },
        metadata: { '': 'x' },
        network: { deny_out: ['x.com'] },
        timeout_seconds: -1,
        name: '',
      };
      const expectations: [keyof typeof bad, RegExp][] = [
        ['name', /^name/],
        ['timeout_seconds', /^timeout_seconds/],
        ['network', /deny_out/],
        ['metadata', /metadata/],
        ['env_vars', /env_vars/],
        ['from_template', /from_template/],
      ];
      const request: Record<string, unknown> = { ...bad };
      for (const [field, message] of expectations) {
        const { body } = await api.json('POST', '/sandboxes', request);
        expect(error(body).message).toMatch(message);
        request[field] = field === 'name' ? 'ok' : undefined;
        if (field !== 'name') delete request[field];
      }
    });
  });

  test('an unknown template is a 404, a template still building a 409', async () => {
    api = startTestApi({ timing: { buildStepMs: 60_000 } });
    const missing = await api.json('POST', '/sandboxes', { name: 'a', from_template: 'no-such-template' });
    expect(missing.status).toBe(404);
    expect(error(missing.body)).toEqual({ code: 'not_found', message: 'Template not found' });
    const unknownId = await api.json('POST', '/sandboxes', {
      name: 'a',
      from_template: '0b5c1a2e-8f3d-4c6b-9a7e-1d2c3b4a5f60',
    });
    expect(unknownId.status).toBe(404);
    await api.json('POST', '/templates', { name: 'slow', build_spec: { from: 'python:3.11' } });
    const building = await api.json('POST', '/sandboxes', { name: 'a', from_template: 'slow' });
    expect(building.status).toBe(409);
    expect(error(building.body)).toEqual({
      code: 'conflict',
      message: 'template is not ready (status=building)',
    });
  });

  test('the cap counts paused sandboxes and answers 429 too_many_sandboxes', async () => {
    api = startTestApi({ maxSandboxes: 2 });
    const first = await api.json<{ id: string }>('POST', '/sandboxes', { name: 'one' });
    await api.json('POST', '/sandboxes', { name: 'two' });
    await api.call('POST', `/sandboxes/${first.body.id}/pause`);
    const third = await api.json('POST', '/sandboxes', { name: 'three' });
    expect(third.status).toBe(429);
    expect(error(third.body).code).toBe('too_many_sandboxes');
    await api.call('DELETE', `/sandboxes/${first.body.id}`);
    expect((await api.json('POST', '/sandboxes', { name: 'three' })).status).toBe(201);
  });

  test('a failed create leaves nothing behind', async () => {
    api = startTestApi({ maxSandboxes: 1 });
    await api.json('POST', '/sandboxes', { name: 'kept', metadata: { env: 'prod' } });
    const failures = [
      { name: 'x', metadata: { env: 'dev', 'superserve.bad': '1' } },
      { name: 'y', metadata: { env: 'dev' } }, // over the cap
      { name: 'z', metadata: { env: 'dev' }, from_template: 'missing' },
    ];
    for (const request of failures)
      expect((await api.json('POST', '/sandboxes', request)).status).toBeGreaterThan(399);
    const list = await api.json<unknown[]>('GET', '/sandboxes');
    expect(list.body).toHaveLength(1);
    const db = new Database(join(api.dataDir, 'emulator.db'), { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) AS n FROM sandboxes').get()).toEqual({ n: 1 });
      expect(db.prepare('SELECT key, value FROM sandbox_metadata').all()).toEqual([
        { key: 'env', value: 'prod' },
      ]);
    } finally {
      db.close();
    }
  });
});

describe('Idempotency-Key', () => {
  test('a repeat returns the first response and creates nothing', async () => {
    api = startTestApi();
    const headers = { 'Idempotency-Key': 'create-42' };
    const first = await api.json('POST', '/sandboxes', { name: 'once' }, headers);
    const again = await api.json('POST', '/sandboxes', { name: 'once' }, headers);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect((await api.json<unknown[]>('GET', '/sandboxes')).body).toHaveLength(1);
  });

  test('key order and spacing do not make a different request', async () => {
    api = startTestApi();
    const headers = { 'Idempotency-Key': 'same-request' };
    await api.json('POST', '/sandboxes', '{"name":"a","metadata":{"x":"1","y":"2"}}', headers);
    const again = await api.json(
      'POST',
      '/sandboxes',
      '{ "metadata": {"y":"2", "x":"1"}, "name": "a" }',
      headers,
    );
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect((await api.json<unknown[]>('GET', '/sandboxes')).body).toHaveLength(1);
  });

  test('the same key with a different body is a 409', async () => {
    api = startTestApi();
    const headers = { 'Idempotency-Key': 'k1' };
    await api.json('POST', '/sandboxes', { name: 'a' }, headers);
    const other = await api.json('POST', '/sandboxes', { name: 'b' }, headers);
    expect(other.status).toBe(409);
    expect((await api.json<unknown[]>('GET', '/sandboxes')).body).toHaveLength(1);
  });

  test('after 24 hours the key creates again; different keys are independent', async () => {
    const clock = testClock();
    api = startTestApi({ now: clock.now });
    await api.json('POST', '/sandboxes', { name: 'a' }, { 'Idempotency-Key': 'day' });
    await api.json('POST', '/sandboxes', { name: 'a' }, { 'Idempotency-Key': 'other' });
    clock.advance(24 * 3600 * 1000 + 1);
    const later = await api.json('POST', '/sandboxes', { name: 'a' }, { 'Idempotency-Key': 'day' });
    expect(later.headers.get('idempotent-replayed')).toBeNull();
    expect((await api.json<unknown[]>('GET', '/sandboxes')).body).toHaveLength(3);
  });

  test('a malformed key is a 400', async () => {
    api = startTestApi();
    const res = await api.json('POST', '/sandboxes', { name: 'a' }, { 'Idempotency-Key': 'x'.repeat(300) });
    expect(res.status).toBe(400);
    expect(error(res.body).message).toMatch(/Idempotency-Key/);
  });
});
