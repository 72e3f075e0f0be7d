import 'server-only';

import { type IncomingMessage, Server, type ServerResponse } from 'node:http';

import { newRequestContext, notifyRequestEnd, runWithRequest } from './request-context';

/** The process's HTTP servers and the responses they have not finished yet: what a graceful shutdown waits for. */
export type ServerRegistry = {
  readonly servers: Set<Server>;
  readonly inFlight: Set<ServerResponse>;
};

const REGISTRY = Symbol.for('sandbox-console.http-servers');
const INSTALLED = Symbol.for('sandbox-console.request-context-installed');

/** The one registry of this process (on globalThis: every Next bundle sees the same). */
export function serverRegistry(): ServerRegistry {
  const slot = globalThis as Record<symbol, ServerRegistry | undefined>;
  slot[REGISTRY] ??= { servers: new Set(), inFlight: new Set() };
  return slot[REGISTRY];
}

/** The path of a request target (`/a?b`, or absolute-form `http://host/a`), without its query. */
function pathOf(target: string | undefined): string {
  const raw = target ?? '/';
  if (raw.startsWith('/')) return raw.split('?', 1)[0]!;
  try {
    return new URL(raw).pathname;
  } catch {
    return '/';
  }
}

/**
 * Opens a request context (lib/server/request-context) around every request the process's HTTP servers handle,
 * Next's own included: the id is sent back as `X-Request-Id` before any handler runs, handlers add what they learn,
 * and the listeners hear of each response's end. Next has no hook ahead of its request handling, so, like the
 * TRACE guard, this wraps `emit` of Node's HTTP server class for 'request' events. Installed once per process, from
 * instrumentation.ts, after the TRACE guard, so that it wraps it and its answers are counted too.
 */
export function installRequestContext(): void {
  const proto = Server.prototype as Server & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const emit = proto.emit;
  proto.emit = function (this: Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event !== 'request') return Reflect.apply(emit, this, [event, ...args]) as boolean;
    const [request, response] = args as [IncomingMessage, ServerResponse];
    const context = newRequestContext(request.method ?? 'GET', pathOf(request.url));
    const registry = serverRegistry();
    registry.servers.add(this);
    registry.inFlight.add(response);
    response.setHeader('x-request-id', context.id);
    // 'close' comes after 'finish' when the response was sent, and alone when the client left first.
    response.once('close', () => {
      registry.inFlight.delete(response);
      notifyRequestEnd(context, request, response);
    });
    return runWithRequest(context, () => Reflect.apply(emit, this, [event, ...args]) as boolean);
  } as typeof proto.emit;
}
