import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { createEmulator } from '@/lib/emulator';

import { serveEmulator } from './emulator-http';
import { proxyRequest } from './proxy';
import { ADMIN, apiRequest, memoryAudit } from './proxy-test-kit';
import { EMULATOR_ORIGIN, localUpstream } from './upstream';

// The proxy in front of the real embedded API, in-process, on a fresh data folder.
const dataDir = mkdtempSync(join(tmpdir(), 'proxy-local-'));
const emulator = createEmulator({
  dataDir,
  apiKey: 'local-test-key',
  seed: true,
  timing: { transitionMs: 0 },
});
const deps = {
  config: { mode: 'local' as const, apiUrl: EMULATOR_ORIGIN, apiKey: 'local-test-key', timeoutMs: 5_000 },
  upstream: localUpstream(emulator),
  requester: async () => ADMIN,
  audit: memoryAudit(),
};
afterAll(() => {
  emulator.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const viaProxy = (path: string, init?: RequestInit) =>
  proxyRequest(apiRequest(path, init), path.split('?')[0]!.split('/').slice(1), deps);

describe('local mode: the proxy in front of the emulator', () => {
  it('lists the seeded sandboxes with the server key, without access tokens', async () => {
    const response = await viaProxy('/sandboxes');
    expect(response.status).toBe(200);
    const sandboxes = (await response.json()) as { id: string }[];
    expect(sandboxes.length).toBeGreaterThan(0);
    expect(JSON.stringify(sandboxes)).not.toContain('access_token');
  });

  it("passes the emulator's own answer on with only the headers a browser may see", async () => {
    const response = await viaProxy('/sandboxes');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    // The embedded API's own security headers are the page's business (next.config), not a proxied answer's.
    expect(response.headers.get('x-frame-options')).toBeNull();
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('filters by metadata through the query string', async () => {
    const all = (await (await viaProxy('/sandboxes')).json()) as { metadata: Record<string, string> }[];
    const prod = (await (await viaProxy('/sandboxes?metadata.env=prod')).json()) as typeof all;
    expect(prod.length).toBe(all.filter((sandbox) => sandbox.metadata.env === 'prod').length);
    expect(prod.every((sandbox) => sandbox.metadata.env === 'prod')).toBe(true);
  });

  it('creates a sandbox and strips its access token from the 201', async () => {
    const response = await viaProxy('/sandboxes', {
      method: 'POST',
      body: JSON.stringify({ name: 'via-proxy' }),
    });
    expect(response.status).toBe(201);
    const created = (await response.json()) as Record<string, unknown>;
    expect(created).toMatchObject({ name: 'via-proxy', status: 'active' });
    expect(created).not.toHaveProperty('access_token');
  });

  it('completes the audit record of a write whose answer is passed on as it is, and the browser still reads it', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const response = await viaProxy(`/sandboxes/${missing}/exec`, {
      method: 'POST',
      body: JSON.stringify({ command: 'echo hi' }),
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: 'not_found', message: 'Sandbox not found' } });
    const record = deps.audit.records.at(-1);
    expect(record?.requestId).toBe(response.headers.get('x-request-id'));
    expect(record?.completion).toEqual({ status: 404, errorCode: 'not_found' });
  });

  it("passes the emulator's errors through unchanged", async () => {
    const response = await viaProxy('/sandboxes/00000000-0000-4000-8000-000000000000');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: 'not_found', message: 'Sandbox not found' } });
  });

  it('serves the raw API at /emulator for the SDK: its own key required, tokens included', async () => {
    const upstream = (request: Request) => emulator.handle(request);
    const anonymous = await serveEmulator(new Request('http://localhost:3000/emulator/sandboxes'), upstream);
    expect(anonymous.status).toBe(401);
    const created = await serveEmulator(
      new Request('http://localhost:3000/emulator/sandboxes', {
        method: 'POST',
        headers: { 'x-api-key': 'local-test-key', 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'from-sdk' }),
      }),
      upstream,
    );
    expect(created.status).toBe(201);
    expect(await created.json()).toHaveProperty('access_token');
  });
});
