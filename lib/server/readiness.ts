import 'server-only';

/**
 * `GET /api/ready`: whether this instance can serve now, for a load balancer or an orchestrator's readiness probe.
 * Ready means the dashboard's database answers a trivial query and the upstream API is reachable; a shutting-down
 * instance is never ready (lib/server/draining), so traffic moves away before it stops.
 *
 * The answer names which check failed and nothing else: no URL, host, version or error text, since it is served
 * without a session. Why a check failed goes to the server log instead, once per change (not once per probe).
 */
export type CheckName = 'database' | 'upstream';
export type CheckState = 'ok' | 'failed';

/** Each probe resolves when its dependency answers and rejects (or never settles) when it doesn't. */
export type ReadinessProbes = Record<CheckName, () => Promise<void>>;

export type ReadinessBody =
  { status: 'ready' | 'unavailable'; checks: Record<CheckName, CheckState> } | { status: 'shutting_down' };

export type Readiness = { httpStatus: 200 | 503; body: ReadinessBody };

/** Short: a probe is asked every few seconds and its own timeout is usually 5 s or less. */
export const READY_CHECK_TIMEOUT_MS = 2_000;

export type ReadinessOptions = {
  draining: boolean;
  timeoutMs?: number;
  /** Told of each failure (the reason stays in the server's log, never in the answer). */
  onFailure?: (check: CheckName, error: unknown) => void;
};

class CheckTimeout extends Error {
  constructor(ms: number) {
    super(`no answer within ${ms} ms`);
    this.name = 'CheckTimeout';
  }
}

async function run(probe: () => Promise<void>, timeoutMs: number): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CheckTimeout(timeoutMs)), timeoutMs);
  });
  try {
    await Promise.race([probe(), timeout]);
    return undefined;
  } catch (error) {
    return error ?? new Error('failed');
  } finally {
    clearTimeout(timer);
  }
}

/** Runs both checks side by side, each bounded by the timeout; none at all while draining. */
export async function checkReadiness(
  probes: ReadinessProbes,
  { draining, timeoutMs = READY_CHECK_TIMEOUT_MS, onFailure }: ReadinessOptions,
): Promise<Readiness> {
  if (draining) return { httpStatus: 503, body: { status: 'shutting_down' } };
  const names = Object.keys(probes) as CheckName[];
  const errors = await Promise.all(names.map((name) => run(probes[name], timeoutMs)));
  const checks = {} as Record<CheckName, CheckState>;
  names.forEach((name, i) => {
    checks[name] = errors[i] === undefined ? 'ok' : 'failed';
    if (errors[i] !== undefined) onFailure?.(name, errors[i]);
  });
  const ready = names.every((name) => checks[name] === 'ok');
  return { httpStatus: ready ? 200 : 503, body: { status: ready ? 'ready' : 'unavailable', checks } };
}

/** The answer: JSON for GET, the same status and headers without a body for HEAD; never cached. */
export function readinessResponse({ httpStatus, body }: Readiness, method: string): Response {
  const headers = { 'cache-control': 'no-store' };
  if (method === 'HEAD') {
    return new Response(null, {
      status: httpStatus,
      headers: { ...headers, 'content-type': 'application/json' },
    });
  }
  return Response.json(body, { status: httpStatus, headers });
}
