/**
 * The official @superserve/sdk against the standalone emulator over real HTTP: the paths, bodies and fields the
 * SDK uses must all be accepted, exactly as `SUPERSERVE_BASE_URL=http://localhost:8080` would use them.
 */
import { ConflictError, NotFoundError, Sandbox, Template, ValidationError } from '@superserve/sdk';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import type { EmulatorServer } from './server';
import { startEmulatorServer } from './server';
import { tempDataDir } from './test-helpers';

const API_KEY = 'sdk-test-key';
let server: EmulatorServer;
let dataDir: string;
let connection: { apiKey: string; baseUrl: string };

beforeAll(async () => {
  dataDir = tempDataDir();
  server = await startEmulatorServer(
    { dataDir, apiKey: API_KEY, seed: false, timing: { transitionMs: 0, buildStepMs: 5 } },
    { port: 0 },
  );
  connection = { apiKey: API_KEY, baseUrl: server.url };
});

afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('@superserve/sdk against the emulator', () => {
  test('create, list with a metadata filter, get, update, pause, resume, connect, kill', async () => {
    const sandbox = await Sandbox.create({
      ...connection,
      name: 'sdk-run',
      metadata: { env: 'prod', owner: 'sdk' },
      envVars: { DEBUG: '1' },
      network: { allowOut: ['api.openai.com'], denyOut: ['0.0.0.0/0'] },
      timeoutSeconds: 3600,
    });
    expect(sandbox.status).toBe('active');
    expect(sandbox.metadata).toEqual({ env: 'prod', owner: 'sdk' });
    await Sandbox.create({ ...connection, name: 'other', metadata: { env: 'dev' } });

    const listed = await Sandbox.list({ ...connection, metadata: { env: 'prod', owner: 'sdk' } });
    expect(listed.map((info) => info.name)).toEqual(['sdk-run']);
    expect(listed[0]).toMatchObject({
      timeoutSeconds: 3600,
      vcpuCount: 1,
      memoryMib: 1024,
      network: { allowOut: ['api.openai.com'], denyOut: ['0.0.0.0/0'] },
    });

    const info = await sandbox.getInfo();
    expect(info).toMatchObject({ id: sandbox.id, name: 'sdk-run', status: 'active' });
    expect(info.createdAt).toBeInstanceOf(Date);

    await sandbox.update({ metadata: { env: 'staging' }, network: { allowOut: ['*.github.com'] } });
    expect(await sandbox.getInfo()).toMatchObject({
      metadata: { env: 'staging' },
      network: { allowOut: ['*.github.com'] },
    });

    await sandbox.pause();
    expect((await sandbox.getInfo()).status).toBe('paused');
    await expect(sandbox.pause()).rejects.toBeInstanceOf(ConflictError);
    await Sandbox.updateById(sandbox.id, { metadata: { env: 'parked' } }, connection);
    expect((await sandbox.getInfo()).status).toBe('paused');

    await sandbox.resume();
    expect((await sandbox.getInfo()).status).toBe('active');

    await sandbox.pause();
    const connected = await Sandbox.connect(sandbox.id, connection);
    expect(connected.id).toBe(sandbox.id);
    expect(connected.status).toBe('active');
    expect(connected.metadata).toEqual({ env: 'parked' });

    await connected.kill();
    await connected.kill(); // the SDK treats the second 404 as done
    await expect(Sandbox.connect(sandbox.id, connection)).rejects.toBeInstanceOf(NotFoundError);
    expect((await Sandbox.list(connection)).map((item) => item.name)).toEqual(['other']);
  });

  test('validation errors surface as ValidationError with the field named', async () => {
    await expect(
      Sandbox.create({ ...connection, name: 'bad', metadata: { 'superserve.internal': 'x' } }),
    ).rejects.toThrow(ValidationError);
    await expect(
      Sandbox.create({ ...connection, name: 'bad', metadata: { 'superserve.internal': 'x' } }),
    ).rejects.toThrow(/reserved/);
  });

  test('templates: list, connect by name, create, wait until ready, stream the build log, delete', async () => {
    const curated = await Template.list({ ...connection, namePrefix: 'superserve/' });
    expect(curated.map((t) => t.name).sort()).toEqual([
      'superserve/base',
      'superserve/node-22',
      'superserve/python-3.11',
    ]);
    const base = await Template.connect('superserve/base', connection);
    expect(base).toMatchObject({ status: 'ready', vcpu: 1, memoryMib: 1024, diskMib: 4096 });

    const template = await Template.create({
      ...connection,
      name: 'sdk-template',
      from: 'python:3.11',
      steps: [{ run: 'echo installing' }, { env: { key: 'MODE', value: 'sdk' } }],
    });
    const ready = await template.waitUntilReady({ pollIntervalMs: 20 });
    expect(ready.status).toBe('ready');
    const streamed: string[] = [];
    await template.streamBuildLogs({ onEvent: (event) => streamed.push(event.text) });
    expect(streamed).toContain('installing');
    expect(streamed.at(-1)).toMatch(/ready/i);

    const sandbox = await Sandbox.create({
      ...connection,
      name: 'from-sdk-template',
      fromTemplate: template,
    });
    await expect(template.delete()).rejects.toBeInstanceOf(ConflictError);
    await sandbox.kill();
    await template.delete();
    await expect(Template.connect('sdk-template', connection)).rejects.toBeInstanceOf(NotFoundError);
  });
});
