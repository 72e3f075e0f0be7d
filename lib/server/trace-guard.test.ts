import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { installTraceGuard } from './trace-guard';

/** What the app behind the guard saw: every request that reached the server's own handler. */
const reached: string[] = [];
let server: Server;
let port = 0;

beforeAll(async () => {
  installTraceGuard();
  installTraceGuard(); // idempotent: a second install does not wrap twice
  server = createServer((req, res) => {
    reached.push(`${req.method} ${req.url}`);
    res.end('app');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function send(method: string, path: string, host = `127.0.0.1:${port}`) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, method, path, headers: { host } }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    },
  );
}

describe('installTraceGuard', () => {
  it('TRACE gets 405 with Allow at the HTTP server, on the API and on pages, and never reaches the app', async () => {
    const api = await send('TRACE', '/api/sandboxes');
    expect(api.status).toBe(405);
    expect(api.headers.allow).toBe('GET, HEAD, POST');
    expect(JSON.parse(api.body)).toEqual({
      error: {
        code: 'method_not_allowed',
        message: 'TRACE is not allowed here. This address answers GET, HEAD, POST.',
      },
    });
    const page = await send('TRACE', '/sandboxes?x=1');
    expect(page.status).toBe(405);
    expect(page.headers.allow).toBe('GET, HEAD');
    expect(reached).toEqual([]);
  });

  it('answers TRACE from a rebinding Host with 421 and a malformed path with 400, as proxy.ts would', async () => {
    expect((await send('TRACE', '/api/sandboxes', 'evil.example')).status).toBe(421);
    expect((await send('TRACE', '/api/sandboxes/%ff')).status).toBe(400);
  });

  it('lets every other method through to the app untouched', async () => {
    const response = await send('GET', '/sandboxes');
    expect(response).toMatchObject({ status: 200, body: 'app' });
    expect(reached).toEqual(['GET /sandboxes']);
  });
});
