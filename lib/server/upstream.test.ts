import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

import { describe, expect, it } from 'vitest';

import { proxyRequest } from './proxy';
import { ADMIN, apiRequest, remoteConfig, SECRET_KEY, memoryAudit } from './proxy-test-kit';
import { EMULATOR_ORIGIN, remoteUpstream, upstreamUrl } from './upstream';

describe('upstreamUrl', () => {
  it('appends the path and query to the API URL, keeping a path prefix', () => {
    const config = { mode: 'remote' as const, apiUrl: 'https://gateway.example/superserve' };
    expect(upstreamUrl(config, '/sandboxes', '?metadata.env=prod')).toBe(
      'https://gateway.example/superserve/sandboxes?metadata.env=prod',
    );
  });

  it('addresses the emulator in local mode, whatever SUPERSERVE_API_URL says', () => {
    const config = { mode: 'local' as const, apiUrl: 'https://gateway.example/superserve' };
    expect(upstreamUrl(config, '/health', '')).toBe(`${EMULATOR_ORIGIN}/health`);
  });
});

describe('remote upstream over real HTTP', () => {
  it('sends the method, path, query, filtered headers and the server key to SUPERSERVE_API_URL', async () => {
    const seen: { method?: string; url?: string; headers?: IncomingHttpHeaders; body?: string } = {};
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        Object.assign(seen, { method: req.method, url: req.url, headers: req.headers, body });
        res.writeHead(201, { 'content-type': 'application/json', 'set-cookie': 'a=b' });
        res.end(JSON.stringify({ id: 'x', name: 'demo', access_token: 'tok' }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
    try {
      const request = apiRequest('/sandboxes?metadata.env=prod', {
        method: 'POST',
        body: JSON.stringify({ name: 'demo' }),
        headers: { cookie: 'session=1', 'x-api-key': 'browser-key', 'idempotency-key': 'k1' },
      });
      const response = await proxyRequest(request, ['sandboxes'], {
        config: { ...remoteConfig, apiUrl },
        upstream: remoteUpstream(),
        requester: async () => ADMIN,
        audit: memoryAudit(),
      });
      expect(response.status).toBe(201);
      expect(await response.json()).toEqual({ id: 'x', name: 'demo' });
      expect(response.headers.has('set-cookie')).toBe(false);
      expect(seen.method).toBe('POST');
      expect(seen.url).toBe('/v1/sandboxes?metadata.env=prod');
      expect(seen.body).toBe('{"name":"demo"}');
      expect(seen.headers?.['x-api-key']).toBe(SECRET_KEY);
      expect(seen.headers?.['idempotency-key']).toBe('k1');
      expect(seen.headers?.cookie).toBeUndefined();
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
