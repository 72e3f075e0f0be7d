import 'server-only';

import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * What the server knows about the request being handled, wherever in its handling the code runs: the id the
 * response's `X-Request-Id`, the log line and the audit record share, and what the handlers learn on the way
 * (who asked, which route pattern answered, how long the upstream took) for the request's log line and metrics.
 */
export type RequestContext = {
  readonly id: string;
  readonly method: string;
  /** The raw path as received (for the route pattern when no handler names one); never logged as it is. */
  readonly path: string;
  /** process.hrtime.bigint() when the request arrived. */
  readonly startedAt: bigint;
  /** The signed-in person's user id, once a handler has read the session. */
  userId?: string;
  /** The route pattern that answered (`/api/sandboxes/:id`), when a handler knows it better than the path rules. */
  route?: string;
  /** Milliseconds spent waiting for the upstream API, summed over this request's calls. */
  upstreamMs: number;
  /** How many upstream calls this request made. */
  upstreamCalls: number;
};

type Slot = { storage?: AsyncLocalStorage<RequestContext> };
const SLOT = Symbol.for('sandbox-console.request-context');

/**
 * One store for the process, on globalThis: Next bundles instrumentation.ts and each route handler separately, so a
 * module-level store would be a different one in each bundle and a handler would never see the context the HTTP
 * server opened.
 */
function storage(): AsyncLocalStorage<RequestContext> {
  const slot = ((globalThis as Record<symbol, Slot>)[SLOT] ??= {});
  slot.storage ??= new AsyncLocalStorage<RequestContext>();
  return slot.storage;
}

/** The request being handled here, or undefined outside one (start-up, timers, tests that call a handler directly). */
export function currentRequest(): RequestContext | undefined {
  return storage().getStore();
}

/** Runs `fn` with `context` as the current request. */
export function runWithRequest<T>(context: RequestContext, fn: () => T): T {
  return storage().run(context, fn);
}

export function newRequestContext(method: string, path: string): RequestContext {
  return {
    id: randomUUID(),
    method,
    path,
    startedAt: process.hrtime.bigint(),
    upstreamMs: 0,
    upstreamCalls: 0,
  };
}

/** Listeners told when a response has ended (or its connection closed first): the log line, the metrics. */
export type RequestEndListener = (
  context: RequestContext,
  request: IncomingMessage,
  response: ServerResponse,
) => void;

type Listeners = { end?: Set<RequestEndListener> };
const LISTENERS = Symbol.for('sandbox-console.request-end-listeners');

function endListeners(): Set<RequestEndListener> {
  const slot = ((globalThis as Record<symbol, Listeners>)[LISTENERS] ??= {});
  slot.end ??= new Set();
  return slot.end;
}

/** Adds a listener for every request's end; returns its removal. */
export function onRequestEnd(listener: RequestEndListener): () => void {
  endListeners().add(listener);
  return () => endListeners().delete(listener);
}

export function notifyRequestEnd(
  context: RequestContext,
  request: IncomingMessage,
  response: ServerResponse,
): void {
  for (const listener of endListeners()) {
    try {
      listener(context, request, response);
    } catch (error) {
      // A broken listener must not break the response (it has been sent) nor the other listeners.
      console.error('[request-context] a request-end listener failed:', error);
    }
  }
}
