import 'server-only';

import { type IncomingMessage, Server, type ServerResponse } from 'node:http';

import { guardRequest, hostRule } from './request-guard';

/**
 * Methods the Fetch standard forbids: `new Request(url, { method: 'TRACE' })` throws, and Next builds one for
 * proxy.ts and for every route handler, so a TRACE request used to end as a 500 before any of our code ran.
 * CONNECT never gets this far (Node closes the connection: no server here listens for tunnels), and a method
 * Node's parser does not know at all (`FOO`) is answered 400 by Node itself, so TRACE and TRACK are the ones left.
 */
const UNREPRESENTABLE = new Set(['TRACE', 'TRACK']);

const INSTALLED = Symbol.for('sandbox-console.trace-guard');

/**
 * Answers those methods at the HTTP server, before Next sees them, with what proxy.ts would answer (the same
 * guardRequest: 421 for a foreign host, 400 for a malformed path, else 405 with `Allow`). Next offers no hook
 * ahead of its own request handling, so this wraps `emit` of Node's HTTP server class for 'request' events; every
 * other event and request goes on untouched. Installed once per process, from instrumentation.ts.
 */
export function installTraceGuard(): void {
  const proto = Server.prototype as Server & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const emit = proto.emit;
  proto.emit = function (this: Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'request') {
      const [request, response] = args as [IncomingMessage, ServerResponse];
      if (UNREPRESENTABLE.has(request.method ?? '')) {
        void answer(request, response);
        return true;
      }
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof proto.emit;
}

/** The path of a request target (origin-form `/a?b`, or absolute-form `http://host/a`), as Next would see it. */
function pathnameOf(target: string | undefined): string {
  try {
    return new URL(target ?? '/', 'http://localhost').pathname;
  } catch {
    return '/';
  }
}

async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const method = request.method ?? 'TRACE';
  const refusal =
    guardRequest(
      { method, pathname: pathnameOf(request.url), host: request.headers.host ?? null },
      hostRule(),
    ) ?? new Response(null, { status: 405, headers: { allow: 'GET, HEAD' } }); // unreachable: nothing allows TRACE
  const headers: Record<string, string> = { 'x-content-type-options': 'nosniff' };
  refusal.headers.forEach((value, key) => (headers[key] = value));
  const body = await refusal.text();
  // The request's body (a TRACE has none, but a client may send one) is drained so the connection stays usable.
  request.resume();
  headers['content-length'] = String(Buffer.byteLength(body));
  response.writeHead(refusal.status, headers);
  response.end(body);
}
