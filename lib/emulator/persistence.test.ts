import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';

import { startTestApi, tempDataDir } from './test-helpers';
import type { TestApi } from './test-helpers';

let dataDir: string;
let api: TestApi | undefined;
afterEach(() => {
  api?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Closes the running emulator and starts a new one on the same folder, as a restart would. */
function restart(options: Parameters<typeof startTestApi>[0] = {}) {
  api?.close();
  api = startTestApi({ ...options, dataDir });
  return api;
}

describe('persistence', () => {
  test('sandboxes, their state, files, env vars and metadata survive a restart', async () => {
    dataDir = tempDataDir();
    let current = restart();
    const { id } = (
      await current.json<{ id: string }>('POST', '/sandboxes', {
        name: 'durable',
        metadata: { env: 'prod' },
        env_vars: { TOKEN: 'persisted-secret' },
        network: { allow_out: ['api.openai.com'] },
      })
    ).body;
    await current.json('POST', `/sandboxes/${id}/exec`, { command: 'mkdir data && echo saved > data/f.txt' });
    await current.call('POST', `/sandboxes/${id}/pause`);
    const before = (await current.json('GET', `/sandboxes/${id}`)).body;

    current = restart();
    expect((await current.json('GET', `/sandboxes/${id}`)).body).toEqual(before);
    expect((await current.json<unknown[]>('GET', '/sandboxes?metadata.env=prod')).body).toHaveLength(1);
    const exec = await current.json('POST', `/sandboxes/${id}/exec`, {
      command: 'cat data/f.txt; printenv TOKEN',
    });
    expect(exec.body).toMatchObject({ stdout: 'saved\npersisted-secret\n', exit_code: 0 });
  });

  test('env var values are not stored readable in the data folder', async () => {
    dataDir = tempDataDir();
    const current = restart();
    await current.json('POST', '/sandboxes', { name: 's', env_vars: { KEY: 'plaintext-canary-3141' } });
    current.close();
    api = undefined;
    for (const file of readdirSync(dataDir)) {
      expect(readFileSync(join(dataDir, file)).includes('plaintext-canary-3141')).toBe(false);
    }
  });

  test('templates and their builds survive a restart', async () => {
    dataDir = tempDataDir();
    let current = restart();
    const created = await current.json<{ id: string; build_id: string }>('POST', '/templates', {
      name: 'kept-template',
      build_spec: { from: 'python:3.11', steps: [{ run: 'echo built > /opt/marker' }] },
    });
    await waitForTemplate(current, created.body.id, 'ready');
    current = restart();
    expect((await current.json('GET', '/templates/kept-template')).body).toMatchObject({ status: 'ready' });
    const sandbox = await current.json<{ id: string }>('POST', '/sandboxes', {
      name: 'x',
      from_template: 'kept-template',
    });
    const exec = await current.json('POST', `/sandboxes/${sandbox.body.id}/exec`, {
      command: 'cat /opt/marker',
    });
    expect(exec.body).toMatchObject({ stdout: 'built\n' });
  });

  test('a build interrupted by a shutdown is reported as failed after the restart', async () => {
    dataDir = tempDataDir();
    let current = restart({ timing: { buildStepMs: 60_000 } });
    const created = await current.json<{ id: string }>('POST', '/templates', {
      name: 'interrupted',
      build_spec: { from: 'python:3.11' },
    });
    current = restart();
    const template = await current.json<{ status: string; error_message: string }>(
      'GET',
      `/templates/${created.body.id}`,
    );
    expect(template.body.status).toBe('failed');
    expect(template.body.error_message).toMatch(/^build_failed: /);
  });

  test('a seeded folder is seeded once: what the user deletes stays deleted', async () => {
    dataDir = tempDataDir();
    let current = restart({ seed: true });
    const seeded = (await current.json<{ id: string }[]>('GET', '/sandboxes')).body;
    expect(seeded.length).toBeGreaterThan(3);
    await current.call('DELETE', `/sandboxes/${seeded[0]?.id}`);
    current = restart({ seed: true });
    expect((await current.json<unknown[]>('GET', '/sandboxes')).body).toHaveLength(seeded.length - 1);
  });
});

describe('two processes sharing a data folder', () => {
  test("the folder is seeded once and each sees the other's writes", async () => {
    dataDir = tempDataDir();
    const app = startTestApi({ dataDir, seed: true });
    const standalone = startTestApi({ dataDir, seed: true });
    try {
      const seeded = (await app.json<unknown[]>('GET', '/sandboxes')).body.length;
      expect((await standalone.json<unknown[]>('GET', '/sandboxes')).body).toHaveLength(seeded);
      const { id } = (await standalone.json<{ id: string }>('POST', '/sandboxes', { name: 'shared' })).body;
      await standalone.json('POST', `/sandboxes/${id}/exec`, {
        command: 'echo from-standalone > shared.txt',
      });
      expect(
        (await app.json('POST', `/sandboxes/${id}/exec`, { command: 'cat shared.txt' })).body,
      ).toMatchObject({
        stdout: 'from-standalone\n',
      });
      expect((await app.json<unknown[]>('GET', '/sandboxes')).body).toHaveLength(seeded + 1);
    } finally {
      standalone.close();
      app.close();
    }
  });
});

async function waitForTemplate(current: TestApi, id: string, status: string) {
  for (let i = 0; i < 200; i++) {
    const template = await current.json<{ status: string }>('GET', `/templates/${id}`);
    if (template.body.status === status) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`template ${id} never became ${status}`);
}
