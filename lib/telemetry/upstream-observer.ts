import 'server-only';

import { context as otelContext, type Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';

import { currentRequest } from '@/lib/server/request-context';

import { tracingEnabled } from './tracing-state';
import { countUpstreamError, metrics, type UpstreamErrorReason } from './metrics';

/**
 * One proxied upstream call, watched from the request to the upstream's response headers: that wait is the
 * upstream's latency (a stream's body can rightly run for minutes, and is the browser's time, not the API's).
 * It adds to the request's context (its log line's upstreamMs), the latency histogram, the error counter and,
 * when tracing is on, a client span that is a child of Next's span for the request.
 */
export type UpstreamObservation = {
  /** The upstream's response headers arrived with this status. */
  answered(status: number): void;
  /** No usable answer; `reason` undefined when the browser left first (not the upstream's fault, not an error). */
  failed(reason: UpstreamErrorReason | undefined): void;
};

export type UpstreamCallFacts = {
  /** The route pattern the dashboard serves it under, `/api/sandboxes/:id`. */
  route: string;
  method: string;
  /** The upstream's path pattern (`/sandboxes/:id`): the span's url.template. */
  template: string;
  /** The upstream's host name, for the span only: asked for when a span is made. */
  serverAddress: () => string;
};

const TRACER = 'sandbox-console.proxy';

export function observeUpstream(facts: UpstreamCallFacts): UpstreamObservation {
  const started = performance.now();
  let span = tracingEnabled() ? startSpan(facts) : undefined;
  let timed = false;
  let failed = false;
  const time = () => {
    if (timed) return;
    timed = true;
    const ms = performance.now() - started;
    const request = currentRequest();
    if (request) {
      request.upstreamMs += ms;
      request.upstreamCalls += 1;
    }
    metrics().upstreamDuration.observe({ route: facts.route, method: facts.method }, ms / 1000);
  };
  const endSpan = (status: number | undefined, error: string | undefined) => {
    if (!span) return;
    if (status !== undefined) span.setAttribute('http.response.status_code', status);
    if (error !== undefined) {
      span.setAttribute('error.type', error);
      if (error !== 'client_closed') span.setStatus({ code: SpanStatusCode.ERROR });
    }
    span.end();
    span = undefined;
  };
  return {
    answered(status) {
      time();
      // The proxy turns any redirect but 304 into a 502: the base URL is wrong (relayResponse says so).
      const redirect = status >= 300 && status < 400 && status !== 304;
      if (redirect) {
        failed = true;
        countUpstreamError(facts.route, 'redirect');
      }
      endSpan(status, redirect ? 'redirect' : status >= 500 ? String(status) : undefined);
    },
    // Also after answered: a JSON body that does not arrive in time is a timeout too (its latency is already in).
    failed(reason) {
      time();
      if (reason && !failed) countUpstreamError(facts.route, reason);
      failed = true;
      endSpan(undefined, reason ?? 'client_closed');
    },
  };
}

/**
 * A client span named as the semantic conventions say (`{method} {url.template}`), under whatever span is active
 * (Next's for the request). Only the method, the path template, the host and later the status: never the key,
 * the ids, the query or a body.
 */
function startSpan(facts: UpstreamCallFacts): Span {
  return trace.getTracer(TRACER).startSpan(
    `${facts.method} ${facts.template}`,
    {
      kind: SpanKind.CLIENT,
      attributes: {
        'http.request.method': facts.method,
        'url.template': facts.template,
        'server.address': facts.serverAddress(),
        'http.route': facts.route,
      },
    },
    otelContext.active(),
  );
}
