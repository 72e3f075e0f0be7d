import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterEach, describe, expect, it } from 'vitest';

import { proxyRequest } from './proxy';
import { ADMIN, apiRequest, callProxy, errorBody, remoteConfig, memoryAudit } from './proxy-test-kit';
import { remoteUpstream } from './upstream';

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers) server.closeAllConnections();
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** A real HTTP server on a free port, closed after each test. */
async function listen(handler: (req: IncomingMessage, res: import('node:http').ServerResponse) => void) {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function closedPort(): Promise<string> {
  const url = await listen(() => undefined);
  const server = servers.pop();
  await new Promise((resolve) => server?.close(resolve));
  return url;
}

const viaRealNetwork = (apiUrl: string, timeoutMs = 2_000) => ({
  config: { ...remoteConfig, apiUrl, timeoutMs },
  upstream: remoteUpstream(),
  requester: async () => ADMIN,
  audit: memoryAudit(),
  log: () => undefined,
});

describe('upstream timeout', () => {
  it('answers 504 in the error envelope when the API does not respond in time', async () => {
    let upstreamClosed!: () => void;
    const closed = new Promise<void>((resolve) => (upstreamClosed = resolve));
    const apiUrl = await listen((req) => req.on('close', upstreamClosed)); // never answers
    const started = Date.now();
    const response = await proxyRequest(apiRequest('/sandboxes'), ['sandboxes'], viaRealNetwork(apiUrl, 200));
    expect(response.status).toBe(504);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(await errorBody(response)).toEqual({
      error: {
        code: 'gateway_timeout',
        message: `The Superserve API at ${new URL(apiUrl).host} did not respond within 0.2 seconds. Try again in a moment.`,
      },
    });
    await closed; // the upstream request was aborted, not left hanging
  });

  it('answers 504 even when an in-process upstream ignores the abort signal', async () => {
    const { response } = await callProxy('/sandboxes', {}, () => new Promise<Response>(() => undefined), {
      config: { ...remoteConfig, mode: 'local', timeoutMs: 100 },
    });
    expect(response.status).toBe(504);
    expect((await errorBody(response)).error.message).toBe(
      'The embedded API did not respond within 0.1 seconds. Try again in a moment.',
    );
  });

  it('answers 504 when the headers arrive but the JSON body stalls', async () => {
    const apiUrl = await listen((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('[{"id":'); // and nothing more
    });
    const response = await proxyRequest(apiRequest('/sandboxes'), ['sandboxes'], viaRealNetwork(apiUrl, 200));
    expect(response.status).toBe(504);
  });
});

describe('upstream unreachable', () => {
  it('answers 502 in the error envelope when nothing listens at the API URL', async () => {
    const apiUrl = await closedPort();
    const logs: string[] = [];
    const response = await proxyRequest(apiRequest('/sandboxes'), ['sandboxes'], {
      ...viaRealNetwork(apiUrl),
      log: (line) => logs.push(line),
    });
    expect(response.status).toBe(502);
    expect(await errorBody(response)).toEqual({
      error: {
        code: 'bad_gateway',
        message: `Could not reach the Superserve API at ${new URL(apiUrl).host}. Check the network and SUPERSERVE_API_URL, then try again.`,
      },
    });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatch(/^\[proxy\] GET \/sandboxes: upstream unreachable: .*ECONNREFUSED/);
  });

  it('answers 502 when the emulator throws, without leaking its internals', async () => {
    const { response, logs } = await callProxy(
      '/sandboxes',
      {},
      () => {
        throw new Error('SQLITE_CANTOPEN: unable to open database file /var/data/state.db');
      },
      { config: { ...remoteConfig, mode: 'local' } },
    );
    expect(response.status).toBe(502);
    const text = JSON.stringify(await errorBody(response));
    expect(text).toContain('The embedded API could not answer. The server log has the details.');
    expect(text).not.toContain('SQLITE');
    expect(logs[0]).toContain('SQLITE_CANTOPEN'); // the operator still learns what happened
  });

  it('answers 502 (not a redirect the browser would follow) when the API redirects', async () => {
    const apiUrl = await listen((_req, res) => {
      res.writeHead(301, { location: 'https://elsewhere.example/sandboxes' }).end();
    });
    const response = await proxyRequest(apiRequest('/sandboxes'), ['sandboxes'], viaRealNetwork(apiUrl));
    expect(response.status).toBe(502);
    expect(response.headers.has('location')).toBe(false);
    expect((await errorBody(response)).error.message).toContain('answered with a redirect');
  });
});

describe('upstream errors', () => {
  it.each([
    [400, '{"error":{"code":"bad_request","message":"Invalid sandbox_id: \\"abc\\" is not a valid UUID"}}'],
    [401, '{"error":{"code":"auth_failed","message":"Invalid or missing X-API-Key header."}}'],
    [404, '{ "error": { "code": "not_found", "message": "Sandbox not found" } }\n'],
    [409, '{"error":{"code":"conflict","message":"Sandbox is not in a valid state for this operation"}}'],
    [429, '{"error":{"code":"too_many_sandboxes","message":"limit reached"}}'],
    [500, '{"error":{"code":"internal_error","message":"boom"}}'],
    [503, '{"error":{"code":"service_unavailable","message":"down for maintenance"}}'],
  ])('passes a %i through with its body byte for byte', async (status, body) => {
    const { response } = await callProxy(
      '/sandboxes',
      {},
      () => new Response(body, { status, headers: { 'content-type': 'application/json' } }),
    );
    expect(response.status).toBe(status);
    expect(await response.text()).toBe(body);
  });
});
