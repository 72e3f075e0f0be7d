import 'server-only';

import { can, forbiddenMessage } from '@/lib/access/permissions';
import type { AuditTrail } from '@/lib/audit/types';
import { serverLog } from '@/lib/telemetry/logger';
import { observeUpstream } from '@/lib/telemetry/upstream-observer';

import { readJsonBody } from './body';
import { EMULATOR_API_HOST, type ServerConfig } from './config';
import { errorResponse, methodNotAllowedMessage } from './errors';
import { downstreamResponseHeaders, keepDownstreamHeaders, upstreamRequestHeaders } from './headers';
import { isCrossSite, isWrite } from './origin';
import { proxyAuditCompletion, proxyAuditEntry } from './proxy-audit';
import { checkQuery } from './query';
import { currentRequest } from './request-context';
import { redactSecret, stripAccessTokens } from './redact';
import { trackStream } from './open-streams';
import { allowedMethods, matchRoute, type RouteMatch } from './routes';
import { type Upstream, type UpstreamRequest, upstreamUrl } from './upstream';

/** Who is asking, as far as the proxy needs to know: enough to check the role and to audit. */
export type Requester = { id: string; email: string; role: string };

export type ProxyDeps = {
  config: Pick<ServerConfig, 'mode' | 'apiUrl' | 'apiKey' | 'timeoutMs'>;
  /** The signed-in person behind the request, or null. Asked only for routes that need one (not for health). */
  requester: () => Promise<Requester | null>;
  /** CONSOLE_URL's origin, when the dashboard sits behind a reverse proxy: writes from it are same-origin. */
  publicOrigin?: string;
  upstream: Upstream;
  /**
   * The audit log (lib/audit). Every write is recorded before it is forwarded and completed with the answer; a
   * write that can't be recorded is refused with 503 and never reaches the upstream.
   */
  audit: AuditTrail;
  /** Where upstream failures are reported; the server log by default. The key is redacted from every line. */
  log?: (line: string) => void;
};

class UpstreamTimeout extends Error {}
class ClientGone extends Error {}

/** Statuses whose responses must not carry a body (the Response constructor refuses one, browsers ignore it). */
const NULL_BODY_STATUSES = new Set([204, 205, 304]);

/**
 * One upstream call's lifetime: the timeout covers waiting for the response (and reading a JSON body), and the
 * browser going away aborts the upstream request at any point, streams included. A class rather than closures:
 * it is made for every proxied request, and its methods are then shared rather than allocated each time.
 */
class Call {
  #reason: UpstreamTimeout | ClientGone | undefined;
  #controller: AbortController | undefined;
  #waiting: ((reason: Error) => void) | undefined;
  readonly #client: AbortSignal;
  readonly #timer: ReturnType<typeof setTimeout>;
  readonly #onClientGone = () => this.#abort(new ClientGone());

  constructor(client: AbortSignal, timeoutMs: number) {
    this.#client = client;
    if (client.aborted) this.#abort(new ClientGone());
    else client.addEventListener('abort', this.#onClientGone, { once: true });
    this.#timer = setTimeout(() => this.#abort(new UpstreamTimeout()), timeoutMs);
  }

  #abort(why: UpstreamTimeout | ClientGone) {
    if (this.#reason) return;
    this.#reason = why;
    this.#controller?.abort(why);
    this.#waiting?.(why);
    this.#waiting = undefined;
  }

  /**
   * Aborts when the call ends early. Made on first use: only an upstream that needs one (the real API's fetch)
   * asks for it, and an AbortSignal costs about as much to make as the rest of this call's bookkeeping.
   */
  get signal(): AbortSignal {
    if (!this.#controller) {
      this.#controller = new AbortController();
      if (this.#reason) this.#controller.abort(this.#reason);
    }
    return this.#controller.signal;
  }

  stopTimer() {
    clearTimeout(this.#timer);
  }

  finish() {
    clearTimeout(this.#timer);
    this.#client.removeEventListener('abort', this.#onClientGone);
  }

  cancel() {
    this.#abort(new ClientGone());
  }

  timedOut() {
    return this.#reason instanceof UpstreamTimeout;
  }

  clientGone() {
    return this.#reason instanceof ClientGone;
  }

  /**
   * Settles when `promise` does or the call is aborted, whichever is first; an in-process upstream may ignore
   * signals. One wait at a time: the proxy waits for the answer, then for its body.
   */
  race<T>(promise: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.#reason) reject(this.#reason);
      else this.#waiting = reject;
      promise.then(
        (value) => {
          this.#waiting = undefined;
          if (this.#reason && value instanceof Response) void value.body?.cancel();
          resolve(value);
        },
        (error: unknown) => {
          this.#waiting = undefined;
          reject(error);
        },
      );
    });
  }
}

/**
 * Passes a body on chunk by chunk (nothing read ahead), and cancels the upstream when the browser stops reading.
 * An event stream (`eventRoute` names its route pattern) is tracked while it is open (lib/server/open-streams), so
 * the metrics can count it and a shutdown can end it with a last event of its own.
 */
function relayStream(
  body: ReadableStream<Uint8Array>,
  call: Call,
  eventRoute?: string,
): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let untrack = () => {};
  let ended = false;
  const finish = () => {
    ended = true;
    untrack();
    call.finish();
  };
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        if (eventRoute === undefined) return;
        untrack = trackStream({
          route: eventRoute,
          end(frame) {
            if (ended) return;
            finish();
            if (frame) controller.enqueue(frame);
            controller.close();
            call.cancel();
            reader.cancel().catch(() => {});
          },
        });
      },
      async pull(controller) {
        try {
          const { done, value } = await reader.read();
          if (ended) return; // ended on purpose while this read waited
          if (done) {
            finish();
            controller.close();
          } else controller.enqueue(value);
        } catch (error) {
          if (ended) return;
          finish();
          controller.error(error);
        }
      },
      async cancel(reason) {
        call.cancel();
        finish();
        await reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}

const isJson = (type: string) => /^application\/(?:[\w.+-]+\+)?json\b/i.test(type);
const isEventStream = (type: string) => /^text\/event-stream\b/i.test(type);

async function relayResponse(
  upstream: Response,
  method: string,
  pattern: string,
  call: Call,
  deps: ProxyDeps,
): Promise<Response> {
  const { status } = upstream;
  if (status >= 300 && status < 400 && status !== 304) {
    await upstream.body?.cancel();
    call.finish();
    return errorResponse(502, 'bad_gateway', upstreamRedirectMessage(deps));
  }
  if (NULL_BODY_STATUSES.has(status) || method === 'HEAD' || !upstream.body) {
    await upstream.body?.cancel();
    call.finish();
    return new Response(null, { status, headers: downstreamResponseHeaders(upstream.headers) });
  }
  const type = upstream.headers.get('content-type') ?? '';
  if (isJson(type)) {
    const known = deps.upstream.bodyText?.(upstream);
    const text = stripAccessTokens(known ?? (await call.race(upstream.text())));
    call.finish();
    if (text === known && deps.config.mode === 'local') {
      // The in-process API's own answer, made for this call alone, when nothing had to come out of it: passed on
      // as it is (body unread), with only the headers the browser may see.
      keepDownstreamHeaders(upstream.headers);
      return upstream;
    }
    const headers = downstreamResponseHeaders(upstream.headers);
    // Should the real API ever echo the key (a debug message, say), it still never reaches the browser. Not in
    // local mode: the embedded API's key is a well-known default that may well be part of a sandbox's name.
    return new Response(deps.config.mode === 'remote' ? redactSecret(text, deps.config.apiKey) : text, {
      status,
      headers,
    });
  }
  const headers = downstreamResponseHeaders(upstream.headers);
  if (isEventStream(type)) {
    // `no-transform` keeps compression (which would buffer events) away; `X-Accel-Buffering` does the same for nginx.
    headers.set('cache-control', 'no-cache, no-transform');
    headers.set('x-accel-buffering', 'no');
  }
  call.stopTimer(); // a stream may rightly run for longer than the timeout
  return new Response(relayStream(upstream.body, call, isEventStream(type) ? pattern : undefined), {
    status,
    headers,
  });
}

const apiName = (deps: ProxyDeps) =>
  deps.config.mode === 'remote'
    ? `the Superserve API at ${new URL(deps.config.apiUrl).host}`
    : 'the embedded API';

function upstreamRedirectMessage(deps: ProxyDeps): string {
  return `${capitalise(apiName(deps))} answered with a redirect. Check SUPERSERVE_API_URL (https rather than http?).`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: unknown } | undefined;
  return `${error.name}: ${error.message}${cause?.code ? ` (${String(cause.code)})` : ''}`;
}

function failureResponse(error: unknown, call: Call, what: string, deps: ProxyDeps): Response {
  if (call.clientGone()) return new Response(null, { status: 499 }); // nobody is listening any more
  const log = deps.log ?? defaultLog;
  if (call.timedOut()) {
    log(redactSecret(`[proxy] ${what}: no response within ${deps.config.timeoutMs} ms`, deps.config.apiKey));
    const seconds = Math.round(deps.config.timeoutMs / 100) / 10;
    const message = `${capitalise(apiName(deps))} did not respond within ${seconds} seconds. Try again in a moment.`;
    return errorResponse(504, 'gateway_timeout', message);
  }
  log(redactSecret(`[proxy] ${what}: upstream unreachable: ${describeError(error)}`, deps.config.apiKey));
  const message =
    deps.config.mode === 'remote'
      ? `Could not reach ${apiName(deps)}. Check the network and SUPERSERVE_API_URL, then try again.`
      : 'The embedded API could not answer. The server log has the details.';
  return errorResponse(502, 'bad_gateway', message);
}

/**
 * The proxy behind `/api/*`: `path` is the decoded segments after `/api`. Refuses unknown paths (404), methods
 * a path does not have (405, with `Allow`), cross-site writes, requests without a session (401) or without the
 * role the route needs (403), and bad bodies before
 * anything reaches the upstream; records each write in the audit log (or refuses it with 503 when it can't);
 * then forwards with the server's key and relays the answer without secrets. Every answer carries the
 * `X-Request-Id` its audit record (if any) is filed under.
 */
export async function proxyRequest(
  request: Request,
  path: readonly string[],
  deps: ProxyDeps,
): Promise<Response> {
  // The id the HTTP server gave this request (lib/server/http-hooks), shared with its log line; a fresh one when
  // the proxy is called directly (tests, page prefetches outside a request).
  const requestId = currentRequest()?.id ?? crypto.randomUUID();
  const response = await handle(request, path, deps, requestId);
  response.headers.set('x-request-id', requestId);
  return response;
}

/** The server's log (lib/telemetry/logger), with the request's id on each line. */
const defaultLog = (line: string) => serverLog().error(line);

const log = (deps: ProxyDeps, line: string) =>
  (deps.log ?? defaultLog)(redactSecret(line, deps.config.apiKey));

async function handle(
  request: Request,
  path: readonly string[],
  deps: ProxyDeps,
  requestId: string,
): Promise<Response> {
  const method = request.method.toUpperCase();
  const route = matchRoute(method, path);
  if (!route) return unroutable(method, path);
  const context = currentRequest();
  if (context) context.route = `/api${route.pattern}`;
  if (isWrite(method) && isCrossSite(request, deps.publicOrigin)) {
    return errorResponse(
      403,
      'forbidden',
      'Changes can only be made from the dashboard itself, not from another site.',
    );
  }
  let requester: Requester | null = null;
  if (route.action !== 'public') {
    requester = await deps.requester();
    if (!requester) return errorResponse(401, 'unauthenticated', 'Your session has ended. Sign in again.');
    if (!can(requester.role, route.action)) {
      return errorResponse(403, 'forbidden', forbiddenMessage(requester.role, route.action));
    }
  }
  const { search } = new URL(request.url);
  const queryRefusal = checkQuery(method, route.path, search);
  if (queryRefusal) return queryRefusal;
  let body: string | undefined;
  if (route.body) {
    const result = await readJsonBody(request, route.body);
    if (!result.ok) return result.response;
    body = result.json;
  }
  let auditId: string | undefined;
  if (requester && route.action !== 'public' && isWrite(method)) {
    const write = {
      action: route.action,
      segments: path,
      body: body === undefined ? undefined : JSON.parse(body),
    };
    try {
      auditId = await deps.audit.record(proxyAuditEntry(write, requester, request, requestId));
    } catch (error) {
      log(
        deps,
        `[proxy] ${method} ${route.path}: refused, the audit log could not record it: ${describeError(error)}`,
      );
      return errorResponse(
        503,
        'audit_unavailable',
        'Nothing was changed: the audit log could not record this action. Try again in a moment.',
      );
    }
  }
  const response = await forward(request, method, route, search, body, deps);
  if (auditId !== undefined) {
    try {
      await deps.audit.complete(auditId, await proxyAuditCompletion(response, path[1]?.toLowerCase()));
    } catch (error) {
      // The write happened; its record keeps the outcome "unknown", which is what the log can truthfully say.
      log(
        deps,
        `[proxy] ${method} ${route.path}: the audit record ${auditId} could not be completed: ${describeError(error)}`,
      );
    }
  }
  return response;
}

/**
 * No listed route: 404 for a path the allow-list does not know, else 405 with the path's methods in `Allow`.
 * OPTIONS on a known path is answered 204 with the same `Allow` and no CORS headers, so another site's preflight
 * still fails (proxy.ts answers it the same way before this handler is reached).
 */
function unroutable(method: string, path: readonly string[]): Response {
  const allow = allowedMethods(path);
  if (allow.length === 0) return errorResponse(404, 'not_found', 'There is no such API endpoint.');
  const headers = { allow: allow.join(', '), 'cache-control': 'no-store' };
  if (method === 'OPTIONS') return new Response(null, { status: 204, headers });
  return errorResponse(405, 'method_not_allowed', methodNotAllowedMessage(method, allow), { headers });
}

async function forward(
  request: Request,
  method: string,
  { path, pattern }: RouteMatch,
  search: string,
  body: string | undefined,
  deps: ProxyDeps,
): Promise<Response> {
  const call = new Call(request.signal, deps.config.timeoutMs);
  const upstreamRequest: UpstreamRequest = {
    url: upstreamUrl(deps.config, path, search),
    method,
    headers: upstreamRequestHeaders(request, deps.config.apiKey, body !== undefined),
    body,
  };
  // Timed to the response headers, for the log line, the metrics and a trace span (lib/telemetry).
  const observed = observeUpstream({
    route: `/api${pattern}`,
    method,
    template: pattern,
    serverAddress: () =>
      deps.config.mode === 'remote' ? new URL(deps.config.apiUrl).hostname : EMULATOR_API_HOST,
  });
  try {
    const response = await call.race(deps.upstream(upstreamRequest, call));
    observed.answered(response.status);
    return await relayResponse(response, method, pattern, call, deps);
  } catch (error) {
    call.finish();
    observed.failed(call.timedOut() ? 'timeout' : call.clientGone() ? undefined : 'unreachable');
    return failureResponse(error, call, `${method} ${path}`, deps);
  }
}
