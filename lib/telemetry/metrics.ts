import 'server-only';

import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

import { openStreams } from '@/lib/server/open-streams';

/**
 * The dashboard's Prometheus metrics (prom-client), one registry per process on globalThis: instrumentation.ts,
 * the proxy's route handler and the auth handlers are bundled apart, and each must count into the same series.
 * Every name starts with `sandbox_console_`; the Node process metrics keep their standard names (`process_*`,
 * `nodejs_*`) so the usual dashboards work. Labels hold route patterns, never raw paths: bounded series.
 * README-telemetry.md lists them.
 */
export const PREFIX = 'sandbox_console_';

/** Seconds; from a cached page (a few ms) to the proxy's longest timeout. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

export type UpstreamErrorReason = 'timeout' | 'unreachable' | 'redirect';
export type SignInMethod = 'password' | 'sso';

function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const metric = { registers: [registry] };
  return {
    registry,
    requests: new Counter({
      ...metric,
      name: `${PREFIX}http_requests_total`,
      help: 'HTTP requests answered, by route pattern, method and status (499: the client left first).',
      labelNames: ['route', 'method', 'status'] as const,
    }),
    requestDuration: new Histogram({
      ...metric,
      name: `${PREFIX}http_request_duration_seconds`,
      help: 'Time from a request arriving to its response ending (a stream: its whole life), by route pattern and method.',
      labelNames: ['route', 'method'] as const,
      buckets: LATENCY_BUCKETS,
    }),
    upstreamDuration: new Histogram({
      ...metric,
      name: `${PREFIX}upstream_request_duration_seconds`,
      help: 'Time the upstream API took to answer a proxied call (to its response headers), by route pattern and method.',
      labelNames: ['route', 'method'] as const,
      buckets: LATENCY_BUCKETS,
    }),
    upstreamErrors: new Counter({
      ...metric,
      name: `${PREFIX}upstream_errors_total`,
      help: 'Proxied calls the upstream API did not answer usefully, by route pattern and reason (timeout, unreachable, redirect).',
      labelNames: ['route', 'reason'] as const,
    }),
    openStreams: new Gauge({
      ...metric,
      name: `${PREFIX}open_streams`,
      help: 'Event streams (SSE) being relayed right now, by route pattern: exec output, build logs.',
      labelNames: ['route'] as const,
      collect() {
        // Read at scrape time from the proxy's own set (lib/server/open-streams): nothing to keep in step.
        this.reset();
        for (const stream of openStreams()) this.inc({ route: `/api${stream.route}` });
      },
    }),
    auditWrites: new Counter({
      ...metric,
      name: `${PREFIX}audit_writes_total`,
      help: 'Audit log writes that succeeded: record (before an action), complete (with its outcome).',
      labelNames: ['operation'] as const,
    }),
    auditFailures: new Counter({
      ...metric,
      name: `${PREFIX}audit_write_failures_total`,
      help: 'Audit log writes that failed: a failed record refuses the action (503), a failed complete leaves the outcome unknown.',
      labelNames: ['operation'] as const,
    }),
    signIns: new Counter({
      ...metric,
      name: `${PREFIX}sign_ins_total`,
      help: 'Sign-in attempts, by method (password, sso) and result (success, failure).',
      labelNames: ['method', 'result'] as const,
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

const SLOT = Symbol.for('sandbox-console.metrics');

export function metrics(): Metrics {
  const slot = globalThis as { [SLOT]?: Metrics };
  slot[SLOT] ??= createMetrics();
  return slot[SLOT];
}

/** The exposition text and its content type, for whichever port serves it. */
export async function exposition(): Promise<{ body: string; contentType: string }> {
  const { registry } = metrics();
  return { body: await registry.metrics(), contentType: registry.contentType };
}

export function countUpstreamError(route: string, reason: UpstreamErrorReason): void {
  metrics().upstreamErrors.inc({ route, reason });
}

export function countSignIn(method: SignInMethod, success: boolean): void {
  metrics().signIns.inc({ method, result: success ? 'success' : 'failure' });
}
