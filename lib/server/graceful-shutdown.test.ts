import { Agent, createServer, request as httpRequest, type Server, type ServerResponse } from 'node:http';

import { afterEach, describe, expect, it, vi } from 'vitest';

import { RESTARTING_MESSAGE } from '@/lib/contract/restarting';

import { createShutdown, type ShutdownDeps } from './graceful-shutdown';
import type { OpenStream } from './open-streams';
import type { ShutdownHook } from './shutdown-hooks';

/**
 * A real HTTP server whose handler keeps each response open until the test ends it, registered as
 * lib/server/http-hooks registers Next's: the set of responses not closed yet.
 */
async function heldServer() {
  const inFlight = new Set<ServerResponse>();
  const held: ServerResponse[] = [];
  const server = createServer((_req, res) => {
    inFlight.add(res);
    res.once('close', () => inFlight.delete(res));
    held.push(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { server, inFlight, held, port };
}

/** A GET that resolves with the status and body, or with the socket error's code. */
function get(port: number, agent = false as const) {
  return new Promise<{ status?: number; body?: string; error?: string }>((resolve) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: '/', agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode, body }));
      res.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    req.end();
  });
}

const until = async (check: () => boolean) => {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 5));
};

let servers: Server[] = [];
afterEach(() => {
  for (const server of servers) server.closeAllConnections();
  for (const server of servers) server.close();
  servers = [];
});

function deps(overrides: Partial<ShutdownDeps> & Pick<ShutdownDeps, 'servers' | 'inFlight'>) {
  const lines: string[] = [];
  const steps: string[] = [];
  const exited = new Promise<number>((resolve) => {
    overrides.exit ??= resolve;
  });
  const all: ShutdownDeps = {
    graceMs: 1_000,
    streams: () => [],
    hooks: () => [],
    startDraining: () => steps.push('draining'),
    settleAuditWrites: async () => void steps.push('audit'),
    closeResources: async () => void steps.push('databases'),
    log: (line) => lines.push(line),
    exit: () => {},
    stepLimitMs: 200,
    ...overrides,
  };
  return { deps: all, lines, steps, exited };
}

describe('createShutdown', () => {
  it('drains in order: ready → 503, streams ended with the restarting event, hooks, databases, exit 0', async () => {
    const { server, inFlight } = await heldServer();
    servers.push(server);
    const frames: string[] = [];
    const stream: OpenStream = {
      route: '/sandboxes/:id/exec/stream',
      end: (frame) => frames.push(new TextDecoder().decode(frame)),
    };
    const hook: ShutdownHook = { name: 'flush logs', run: async () => void steps.push('hook') };
    const {
      deps: d,
      steps,
      lines,
      exited,
    } = deps({
      servers: () => [server],
      inFlight: () => inFlight,
      streams: () => [stream],
      hooks: () => [hook],
    });
    await createShutdown(d).begin('SIGTERM');
    expect(await exited).toBe(0);
    expect(steps).toEqual(['draining', 'audit', 'hook', 'databases']);
    expect(frames).toHaveLength(1);
    expect(frames[0]).toContain('event: restarting\n');
    expect(frames[0]).toContain(RESTARTING_MESSAGE);
    expect(lines[0]).toBe('[shutdown] SIGTERM received: draining for up to 1000 ms');
    expect(lines.at(-1)).toMatch(/^\[shutdown\] done in \d+ ms; exiting$/);
    expect(server.listening).toBe(false);
  });

  it('lets a request in flight finish, refuses new connections meanwhile, then exits 0', async () => {
    const { server, inFlight, held, port } = await heldServer();
    servers.push(server);
    const pending = get(port);
    await until(() => held.length === 1);
    const { deps: d, exited } = deps({ servers: () => [server], inFlight: () => inFlight });
    const done = createShutdown(d).begin('SIGTERM');
    await until(() => !server.listening);
    expect((await get(port)).error).toBe('ECONNREFUSED');
    held[0]!.end('finished');
    expect(await pending).toEqual({ status: 200, body: 'finished' });
    expect(await exited).toBe(0);
    await done;
  });

  it('closes a keep-alive connection once its request has finished, while others still run', async () => {
    const { server, inFlight, held, port } = await heldServer();
    servers.push(server);
    const agent = new Agent({ keepAlive: true });
    const sockets: import('node:net').Socket[] = [];
    const req = httpRequest({ host: '127.0.0.1', port, path: '/', agent }, (res) => res.resume());
    req.on('socket', (socket) => sockets.push(socket));
    req.end();
    await until(() => held.length === 1);
    // Its answer has begun (as a stream's has), so it can't be turned into `Connection: close` any more.
    held[0]!.writeHead(200).write('part ');
    const other = get(port);
    await until(() => held.length === 2);
    let exitedYet = false;
    const { deps: d, exited } = deps({ servers: () => [server], inFlight: () => inFlight });
    void exited.then(() => (exitedYet = true));
    void createShutdown(d).begin('SIGTERM');
    held[0]!.end('done');
    await until(() => sockets[0]!.destroyed);
    expect(exitedYet).toBe(false); // closed for being idle, not by the final sweep
    held[1]!.end('also done');
    expect(await other).toEqual({ status: 200, body: 'also done' });
    expect(await exited).toBe(0);
    agent.destroy();
  });

  it('closes what is still running when the grace period is over, and still exits 0', async () => {
    const { server, inFlight, held, port } = await heldServer();
    servers.push(server);
    const pending = get(port);
    await until(() => held.length === 1);
    const {
      deps: d,
      lines,
      exited,
    } = deps({
      graceMs: 100,
      servers: () => [server],
      inFlight: () => inFlight,
    });
    const started = Date.now();
    void createShutdown(d).begin('SIGTERM');
    expect(await exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect((await pending).error).toBe('ECONNRESET');
    expect(lines).toContain('[shutdown] grace period over: closing 1 unfinished request(s)');
  });

  it('bounds a hook or a database that never answers', async () => {
    const { server, inFlight } = await heldServer();
    servers.push(server);
    const {
      deps: d,
      lines,
      exited,
    } = deps({
      servers: () => [server],
      inFlight: () => inFlight,
      hooks: () => [{ name: 'stuck', run: () => new Promise(() => {}) }],
      closeResources: () => Promise.reject(new Error('already closed')),
      stepLimitMs: 50,
    });
    void createShutdown(d).begin('SIGINT');
    expect(await exited).toBe(0);
    expect(lines).toContain('[shutdown] shutdown hook "stuck": no answer within 50 ms, going on');
    expect(lines).toContain('[shutdown] closing the databases failed: already closed');
  });

  it('exits at once, with 1, on a second signal during the drain', async () => {
    const { server, inFlight, held, port } = await heldServer();
    servers.push(server);
    void get(port);
    await until(() => held.length === 1);
    const exit = vi.fn();
    const { deps: d, lines } = deps({ servers: () => [server], inFlight: () => inFlight, exit });
    const shutdown = createShutdown(d);
    void shutdown.begin('SIGTERM');
    await shutdown.begin('SIGINT');
    expect(exit).toHaveBeenCalledWith(1);
    expect(lines).toContain('[shutdown] SIGINT received again during the drain: exiting now');
    held[0]!.destroy();
  });
});
