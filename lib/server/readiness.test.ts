import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it, vi } from 'vitest';

import { testDatabases } from '@/lib/db/test-databases';

import { checkReadiness, readinessResponse } from './readiness';
import { databaseProbe, readinessLogger, upstreamProbe } from './readiness-probes';
import { freePort } from '../../scripts/lib/app-server';

const ok = () => Promise.resolve();
const fails = () => Promise.reject(new Error('connect ECONNREFUSED 10.0.0.5:5432 (secret-host)'));
const hangs = () => new Promise<void>(() => {});

describe('checkReadiness', () => {
  it('is ready when both checks pass', async () => {
    expect(await checkReadiness({ database: ok, upstream: ok }, { draining: false })).toEqual({
      httpStatus: 200,
      body: { status: 'ready', checks: { database: 'ok', upstream: 'ok' } },
    });
  });

  it('names the check that failed, and only that', async () => {
    const onFailure = vi.fn();
    expect(await checkReadiness({ database: fails, upstream: ok }, { draining: false, onFailure })).toEqual({
      httpStatus: 503,
      body: { status: 'unavailable', checks: { database: 'failed', upstream: 'ok' } },
    });
    expect(onFailure).toHaveBeenCalledWith('database', expect.any(Error));
    expect(await checkReadiness({ database: ok, upstream: fails }, { draining: false })).toEqual({
      httpStatus: 503,
      body: { status: 'unavailable', checks: { database: 'ok', upstream: 'failed' } },
    });
  });

  it('fails a check that does not answer within the timeout', async () => {
    const started = Date.now();
    const readiness = await checkReadiness(
      { database: hangs, upstream: hangs },
      { draining: false, timeoutMs: 50 },
    );
    expect(readiness.body).toEqual({
      status: 'unavailable',
      checks: { database: 'failed', upstream: 'failed' },
    });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('is never ready while draining, without asking anyone', async () => {
    const database = vi.fn(ok);
    const readiness = await checkReadiness({ database, upstream: ok }, { draining: true });
    expect(readiness).toEqual({ httpStatus: 503, body: { status: 'shutting_down' } });
    expect(database).not.toHaveBeenCalled();
  });
});

describe('readinessResponse', () => {
  const failed = {
    httpStatus: 503 as const,
    body: {
      status: 'unavailable' as const,
      checks: { database: 'failed' as const, upstream: 'ok' as const },
    },
  };

  it('answers JSON that is never cached and says nothing but the checks', async () => {
    const response = readinessResponse(failed, 'GET');
    expect(response.status).toBe(503);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({
      status: 'unavailable',
      checks: { database: 'failed', upstream: 'ok' },
    });
  });

  it('answers HEAD with the status alone', async () => {
    const response = readinessResponse(failed, 'HEAD');
    expect(response.status).toBe(503);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toBe('');
  });
});

describe('readinessLogger', () => {
  it('logs a failure once, with the reason and without the key, and the recovery', () => {
    const lines: string[] = [];
    const logger = readinessLogger('sk-live-key', (line) => lines.push(line));
    logger.settled({ upstream: 'ok' });
    logger.failed('upstream', new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } }));
    logger.settled({ upstream: 'failed' });
    logger.settled({ upstream: 'ok' });
    logger.failed('upstream', new Error('answered 401 for sk-live-key'));
    logger.failed('upstream', new Error('again'));
    logger.settled({ upstream: 'failed' });
    logger.settled({ upstream: 'ok' });
    expect(lines).toEqual([
      '[ready] the upstream check failed: TypeError: fetch failed (ECONNREFUSED)',
      '[ready] the upstream check passes again',
      '[ready] the upstream check failed: Error: answered 401 for [redacted]',
      '[ready] the upstream check passes again',
    ]);
  });
});

describe('upstreamProbe, remote mode', () => {
  const servers: Server[] = [];
  afterAll(() => servers.forEach((server) => server.close()));

  async function api(status: number, headers: Record<string, string> = {}): Promise<string> {
    const server = createServer((req, res) => {
      res.writeHead(req.url === '/v1/health' ? status : 404, headers).end('{"status":"ok"}');
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    return `http://127.0.0.1:${port}/v1`;
  }

  const probe = (apiUrl: string) => upstreamProbe({ mode: 'remote', apiUrl, apiKey: 'k', dataDir: '' });

  it("passes when the API's health endpoint answers 200 (under SUPERSERVE_API_URL's path)", async () => {
    await expect(probe(await api(200))()).resolves.toBeUndefined();
  });

  it('fails when nothing listens on the port', async () => {
    await expect(probe(`http://127.0.0.1:${await freePort()}`)()).rejects.toThrow();
  });

  it('fails on an error status or a redirect', async () => {
    await expect(probe(await api(503))()).rejects.toThrow(/answered 503/);
    await expect(probe(await api(301, { location: 'https://elsewhere.example/' }))()).rejects.toThrow();
  });
});

describe('upstreamProbe, local mode', () => {
  it('opens the embedded API and asks its health endpoint', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'console-ready-'));
    try {
      await expect(
        upstreamProbe({ mode: 'local', apiUrl: '', apiKey: 'k', dataDir })(),
      ).resolves.toBeUndefined();
    } finally {
      const slot = globalThis as Record<symbol, Promise<{ close(): void }> | undefined>;
      (await slot[Symbol.for('sandbox-console.emulator')])?.close();
      delete slot[Symbol.for('sandbox-console.emulator')];
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe.each(testDatabases())('databaseProbe on $name', ({ open }) => {
  it('passes while the database answers and fails once it is closed', async () => {
    const { db, done } = await open();
    const probe = databaseProbe(async () => db);
    await expect(probe()).resolves.toBeUndefined();
    await done();
    await expect(probe()).rejects.toThrow();
  });
});
