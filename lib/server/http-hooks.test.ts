import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { installRequestContext, serverRegistry } from './http-hooks';
import { currentRequest, onRequestEnd, type RequestContext } from './request-context';

let server: Server;
let base = '';
const seenInHandler: (RequestContext | undefined)[] = [];
const ended: { id: string; status: number; userId?: string }[] = [];

beforeAll(async () => {
  installRequestContext();
  installRequestContext(); // idempotent
  onRequestEnd((context, _request, response) =>
    ended.push({ id: context.id, status: response.statusCode, userId: context.userId }),
  );
  server = createServer((request, response) => {
    // Asynchronous on purpose: the context must follow the handler across awaits, as it does in Next.
    void (async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      const context = currentRequest();
      seenInHandler.push(context);
      if (context) context.userId = 'user-1';
      response.statusCode = request.url === '/missing' ? 404 : 200;
      response.end('ok');
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('installRequestContext', () => {
  it('gives each request an id, sent back as X-Request-Id and seen by the handler after an await', async () => {
    const first = await fetch(`${base}/a?secret=1`);
    const second = await fetch(`${base}/missing`);
    const ids = [first.headers.get('x-request-id'), second.headers.get('x-request-id')];
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[1]).not.toBe(ids[0]);
    expect(seenInHandler.map((context) => context?.id)).toEqual(ids);
    expect(seenInHandler[0]).toMatchObject({ method: 'GET', path: '/a' }); // the query is not kept
  });

  it('tells the end listeners of each response with what the handler added, and forgets it', async () => {
    const response = await fetch(`${base}/missing`);
    await response.text();
    await expect.poll(() => ended.at(-1)?.id).toBe(response.headers.get('x-request-id'));
    expect(ended.at(-1)).toMatchObject({ status: 404, userId: 'user-1' });
    expect(serverRegistry().servers.has(server)).toBe(true);
    expect(serverRegistry().inFlight.size).toBe(0);
  });

  it('has no context outside a request', () => {
    expect(currentRequest()).toBeUndefined();
  });
});
