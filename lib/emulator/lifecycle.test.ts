import { afterEach, describe, expect, test } from 'vitest';

import { startTestApi } from './test-helpers';
import type { TestApi } from './test-helpers';

let api: TestApi;
afterEach(() => api?.dispose());

type Sandbox = {
  id: string;
  status: string;
  snapshot_id?: string;
  access_token?: string;
  metadata: object;
  network?: object;
};
const INVALID_STATE = {
  error: { code: 'conflict', message: 'Sandbox is not in a valid state for this operation' },
};

async function createSandbox(body: object = {}) {
  return (await api.json<Sandbox>('POST', '/sandboxes', { name: 'life', ...body })).body;
}
const get = async (id: string) => (await api.json<Sandbox>('GET', `/sandboxes/${id}`)).body;

describe('pause and resume', () => {
  test('active → paused (204, snapshot id) → active (200, fresh token)', async () => {
    api = startTestApi();
    const sandbox = await createSandbox();
    const paused = await api.call('POST', `/sandboxes/${sandbox.id}/pause`);
    expect(paused.status).toBe(204);
    expect(await paused.text()).toBe('');
    const afterPause = await get(sandbox.id);
    expect(afterPause.status).toBe('paused');
    expect(afterPause.snapshot_id).toMatch(/^[0-9a-f-]{36}$/);

    const resumed = await api.json<Sandbox>('POST', `/sandboxes/${sandbox.id}/resume`);
    expect(resumed.status).toBe(200);
    expect(resumed.body).toEqual({ id: sandbox.id, status: 'active', access_token: expect.any(String) });
    expect(resumed.body.access_token).not.toBe(sandbox.access_token);
    const afterResume = await get(sandbox.id);
    expect(afterResume.status).toBe('active');
    expect(afterResume.access_token).toBe(resumed.body.access_token);
  });

  test('the snapshot id is set at the first pause and kept afterwards', async () => {
    api = startTestApi();
    const { id } = await createSandbox();
    await api.call('POST', `/sandboxes/${id}/pause`);
    const first = (await get(id)).snapshot_id;
    await api.call('POST', `/sandboxes/${id}/resume`);
    expect((await get(id)).snapshot_id).toBe(first);
    await api.call('POST', `/sandboxes/${id}/pause`);
    expect((await get(id)).snapshot_id).toBe(first);
  });

  test('pausing a paused sandbox and resuming an active one are 409s', async () => {
    api = startTestApi();
    const { id } = await createSandbox();
    expect((await api.json('POST', `/sandboxes/${id}/resume`)).body).toEqual(INVALID_STATE);
    await api.call('POST', `/sandboxes/${id}/pause`);
    const again = await api.json('POST', `/sandboxes/${id}/pause`);
    expect(again.status).toBe(409);
    expect(again.body).toEqual(INVALID_STATE);
  });

  test('the transitional states are visible, and conflict, while a transition runs', async () => {
    // The first step of a transition happens before the request yields, so the state is visible at once.
    api = startTestApi({ timing: { transitionMs: 300 } });
    const { id } = await createSandbox();
    const pausing = api.call('POST', `/sandboxes/${id}/pause`);
    expect((await get(id)).status).toBe('pausing');
    expect((await api.json('POST', `/sandboxes/${id}/pause`)).status).toBe(409);
    expect((await api.json('POST', `/sandboxes/${id}/resume`)).status).toBe(409);
    expect((await pausing).status).toBe(204);
    const resuming = api.call('POST', `/sandboxes/${id}/resume`);
    expect((await get(id)).status).toBe('resuming');
    expect((await resuming).status).toBe(200);
    expect((await get(id)).status).toBe('active');
  });

  test('a failed sandbox can only be looked at and deleted', async () => {
    api = startTestApi({ seed: true });
    const failed = '5eed0000-0000-4000-8000-000000000004';
    expect((await get(failed)).status).toBe('failed');
    for (const action of ['pause', 'resume', 'activate']) {
      expect((await api.json('POST', `/sandboxes/${failed}/${action}`)).body).toEqual(INVALID_STATE);
    }
    expect((await api.json('POST', `/sandboxes/${failed}/exec`, { command: 'ls' })).status).toBe(409);
    expect((await api.json('PATCH', `/sandboxes/${failed}`, { network: {} })).status).toBe(409);
    expect((await api.call('DELETE', `/sandboxes/${failed}`)).status).toBe(204);
  });
});

describe('activate', () => {
  test('resumes a paused sandbox and returns it whole with a fresh token', async () => {
    api = startTestApi();
    const sandbox = await createSandbox({ metadata: { env: 'dev' } });
    await api.call('POST', `/sandboxes/${sandbox.id}/pause`);
    const { status, body } = await api.json<Sandbox>('POST', `/sandboxes/${sandbox.id}/activate`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: sandbox.id, status: 'active', metadata: { env: 'dev' } });
    expect(body.access_token).toEqual(expect.any(String));
    expect(body.access_token).not.toBe(sandbox.access_token);
  });

  test('rotates the token of an active sandbox too', async () => {
    api = startTestApi();
    const sandbox = await createSandbox();
    const { body } = await api.json<Sandbox>('POST', `/sandboxes/${sandbox.id}/activate`);
    expect(body.status).toBe('active');
    expect(body.access_token).not.toBe(sandbox.access_token);
  });
});

describe('PATCH /sandboxes/{id}', () => {
  test('replaces metadata and network entirely; {} clears', async () => {
    api = startTestApi();
    const { id } = await createSandbox({
      metadata: { env: 'prod', owner: 'a' },
      network: { allow_out: ['api.openai.com'], deny_out: ['0.0.0.0/0'] },
    });
    const patched = await api.call('PATCH', `/sandboxes/${id}`, {
      metadata: { env: 'dev' },
      network: { allow_out: ['*.github.com'] },
    });
    expect(patched.status).toBe(204);
    expect(await get(id)).toMatchObject({
      metadata: { env: 'dev' },
      network: { allow_out: ['*.github.com'] },
    });
    expect((await get(id)).network).not.toHaveProperty('deny_out');
    expect((await api.json<unknown[]>('GET', '/sandboxes?metadata.owner=a')).body).toEqual([]);
    expect((await api.json<unknown[]>('GET', '/sandboxes?metadata.env=dev')).body).toHaveLength(1);

    await api.call('PATCH', `/sandboxes/${id}`, { metadata: {}, network: {} });
    const cleared = await get(id);
    expect(cleared.metadata).toEqual({});
    expect(cleared).not.toHaveProperty('network');
  });

  test('network needs an active sandbox, and on that 409 nothing is applied', async () => {
    api = startTestApi();
    const { id } = await createSandbox({ metadata: { env: 'prod' } });
    await api.call('POST', `/sandboxes/${id}/pause`);
    const res = await api.json('PATCH', `/sandboxes/${id}`, {
      metadata: { env: 'changed' },
      network: { allow_out: ['example.com'] },
    });
    expect(res.status).toBe(409);
    expect(res.body).toEqual({
      error: { code: 'conflict', message: 'Sandbox must be active to update network config' },
    });
    const after = await get(id);
    expect(after.metadata).toEqual({ env: 'prod' });
    expect(after).not.toHaveProperty('network');
  });

  test('metadata can change while paused', async () => {
    api = startTestApi();
    const { id } = await createSandbox();
    await api.call('POST', `/sandboxes/${id}/pause`);
    expect((await api.call('PATCH', `/sandboxes/${id}`, { metadata: { note: 'parked' } })).status).toBe(204);
    expect((await get(id)).metadata).toEqual({ note: 'parked' });
  });

  test.each([
    [{}, 'patch body must include at least one field (network, metadata)'],
    [{ name: 'renamed' }, /"name"/],
    [{ metadata: { _superserve_x: '1' } }, /reserved/],
    [{ network: { deny_out: ['github.com'] } }, /deny_out/],
    ['', 'Request body is not valid JSON or contains unknown fields.'],
  ])('%j is a 400', async (body, message) => {
    api = startTestApi();
    const { id } = await createSandbox({ metadata: { keep: 'me' } });
    const res = await api.json<{ error: { message: string } }>('PATCH', `/sandboxes/${id}`, body);
    expect(res.status).toBe(400);
    if (typeof message === 'string') expect(res.body.error.message).toBe(message);
    else expect(res.body.error.message).toMatch(message);
    expect((await get(id)).metadata).toEqual({ keep: 'me' });
  });
});

describe('DELETE /sandboxes/{id}', () => {
  test('204 from any state, then 404', async () => {
    api = startTestApi();
    const active = await createSandbox();
    const paused = await createSandbox();
    await api.call('POST', `/sandboxes/${paused.id}/pause`);
    for (const { id } of [active, paused]) {
      expect((await api.call('DELETE', `/sandboxes/${id}`)).status).toBe(204);
      expect((await api.json('GET', `/sandboxes/${id}`)).status).toBe(404);
      expect((await api.json('DELETE', `/sandboxes/${id}`)).status).toBe(404);
    }
    expect((await api.json<unknown[]>('GET', '/sandboxes')).body).toEqual([]);
  });
});
