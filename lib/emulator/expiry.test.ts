import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';

import { startTestApi, testClock } from './test-helpers';
import type { TestApi } from './test-helpers';

let api: TestApi;
afterEach(() => api?.dispose());

const countRows = (dataDir: string) => {
  const db = new Database(join(dataDir, 'emulator.db'), { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM sandboxes').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('timeout_seconds is a hard lifetime cap from creation', () => {
  test('the sandbox is there until the moment its lifetime ends, then 404 on every endpoint', async () => {
    const clock = testClock();
    api = startTestApi({ now: clock.now });
    const { id } = (
      await api.json<{ id: string }>('POST', '/sandboxes', { name: 'short', timeout_seconds: 60 })
    ).body;
    clock.advance(59_999);
    expect((await api.json('GET', `/sandboxes/${id}`)).status).toBe(200);
    clock.advance(1);
    expect((await api.json('GET', `/sandboxes/${id}`)).status).toBe(404);
    expect((await api.json('POST', `/sandboxes/${id}/exec`, { command: 'ls' })).status).toBe(404);
    expect((await api.json<unknown[]>('GET', '/sandboxes')).body).toEqual([]);
  });

  test('whatever the state: a paused sandbox expires too', async () => {
    const clock = testClock();
    api = startTestApi({ now: clock.now });
    const { id } = (await api.json<{ id: string }>('POST', '/sandboxes', { name: 'p', timeout_seconds: 10 }))
      .body;
    await api.call('POST', `/sandboxes/${id}/pause`);
    clock.advance(10_000);
    expect((await api.json('POST', `/sandboxes/${id}/resume`)).status).toBe(404);
  });

  test('activity does not extend the lifetime, and sandboxes without one live on', async () => {
    const clock = testClock();
    api = startTestApi({ now: clock.now });
    const capped = (await api.json<{ id: string }>('POST', '/sandboxes', { name: 'c', timeout_seconds: 30 }))
      .body;
    const forever = (await api.json<{ id: string }>('POST', '/sandboxes', { name: 'f' })).body;
    for (let i = 0; i < 3; i++) {
      clock.advance(9_000);
      await api.json('POST', `/sandboxes/${capped.id}/exec`, { command: 'echo still here' });
    }
    clock.advance(3_000);
    expect((await api.json('GET', `/sandboxes/${capped.id}`)).status).toBe(404);
    clock.advance(365 * 24 * 3600 * 1000);
    expect((await api.json('GET', `/sandboxes/${forever.id}`)).status).toBe(200);
  });

  test('sweep() ends lifetimes without any API call', async () => {
    const clock = testClock();
    api = startTestApi({ now: clock.now });
    await api.json('POST', '/sandboxes', { name: 'a', timeout_seconds: 5 });
    await api.json('POST', '/sandboxes', { name: 'b', timeout_seconds: 50 });
    clock.advance(5_000);
    expect(api.sweep()).toBe(1);
    expect(countRows(api.dataDir)).toBe(1);
  });

  test('the background sweeper deletes expired sandboxes even when nobody calls the API', async () => {
    const clock = testClock();
    api = startTestApi({ now: clock.now, timing: { sweepIntervalMs: 20 } });
    await api.json('POST', '/sandboxes', { name: 'a', timeout_seconds: 1 });
    expect(countRows(api.dataDir)).toBe(1);
    clock.advance(1_000);
    const deadline = Date.now() + 3_000;
    while (countRows(api.dataDir) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(countRows(api.dataDir)).toBe(0);
  });

  test('an expired sandbox frees its slot under the cap', async () => {
    const clock = testClock();
    api = startTestApi({ now: clock.now, maxSandboxes: 1 });
    await api.json('POST', '/sandboxes', { name: 'a', timeout_seconds: 1 });
    expect((await api.json('POST', '/sandboxes', { name: 'b' })).status).toBe(429);
    clock.advance(1_000);
    expect((await api.json('POST', '/sandboxes', { name: 'b' })).status).toBe(201);
  });
});
