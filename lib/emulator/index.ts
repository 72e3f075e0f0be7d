/**
 * The embedded Superserve API: a faithful local implementation (SQLite-backed, with a simulated shell and
 * simulated template builds) behind a Web-standard `handle(Request) => Promise<Response>`.
 *
 *   const api = createEmulator(emulatorOptionsFromEnv());
 *   const res = await api.handle(new Request('http://local/sandboxes', { headers: { 'X-API-Key': key } }));
 */
import { BuildRunner } from './builds/runner';
import { createCore } from './core';
import { openDatabase } from './db';
import { ApiError } from './errors';
import { errorResponse, withSecurityHeaders } from './http';
import { newId } from './ids';
import { curatedTemplateRecords } from './images';
import type { EmulatorOptions } from './options';
import { DEFAULT_MAX_SANDBOXES, DEFAULT_TIMING } from './options';
import { RateLimiter } from './rate-limit';
import { createRouter } from './router';
import { loadSecretBox } from './secret-box';
import { seedDemoData } from './seed';

export type { EmulatorOptions, EmulatorTiming, RateLimitOptions } from './options';
export { DEFAULT_API_KEY, emulatorOptionsFromEnv } from './options';

/**
 * What the embedded API reads of a request: a `Request`, or for one without a body just the URL, method and
 * headers — all its routes read of such a request (the router matches on them, authentication reads a header).
 * In-process callers save building a `Request`, which costs as much as answering a small list. A route that
 * needs more of a bodiless request (its signal, say) must widen this type first.
 */
export type EmulatorRequest =
  Request | { readonly url: string; readonly method: string; readonly headers: Headers; readonly body: null };

export type Emulator = { handle(req: EmulatorRequest): Promise<Response>; close(): void };

/** The emulator plus what tests and scripts need beyond the shared interface. */
export type EmulatorInstance = Emulator & {
  /** Deletes sandboxes whose lifetime has ended (and other housekeeping) now; returns how many were deleted. */
  sweep(): number;
};

export function createEmulator(options: EmulatorOptions): EmulatorInstance {
  const now = options.now ?? Date.now;
  const timing = { ...DEFAULT_TIMING, ...options.timing };
  const { db, fresh } = openDatabase(options.dataDir);
  const core = createCore(db, loadSecretBox(options.dataDir), {
    now,
    maxSandboxes: options.maxSandboxes ?? DEFAULT_MAX_SANDBOXES,
    timing,
  });
  // Under the write lock, so a second process opening the folder at the same moment waits instead of racing.
  db.transaction(() => {
    for (const template of curatedTemplateRecords()) {
      if (!core.templates.get(template.id)) core.templates.insert(template);
    }
    core.sandboxes.settleTransitions(newId);
    if (fresh && options.seed !== false) seedDemoData(core);
  }).immediate();

  const runner = new BuildRunner(core);
  // A build that has been silent this long has no process running it any more.
  const orphanAfterMs = Math.max(30_000, timing.buildStepMs * 20);
  const sweep = (): number => {
    const expired = core.sandboxes.deleteExpired(now());
    core.idempotency.prune(now());
    runner.reapOrphans(orphanAfterMs);
    return expired;
  };
  sweep();
  // Lifetimes end even when nobody calls the API; unref'd so the timer never keeps a process alive.
  const timer = setInterval(sweep, timing.sweepIntervalMs);
  timer.unref();

  const app = createRouter({
    core,
    runner,
    apiKey: options.apiKey,
    limiter: options.rateLimit ? new RateLimiter(options.rateLimit, now) : null,
  });
  let closed = false;

  return {
    async handle(req) {
      if (closed) {
        return errorResponse(new ApiError(503, 'service_unavailable', 'The embedded API has been shut down'));
      }
      // Hono reads only `url`, `method` and `headers` until a route asks for the body (see EmulatorRequest).
      return withSecurityHeaders(await app.fetch(req as Request));
    },
    close() {
      if (closed) return;
      closed = true;
      clearInterval(timer);
      runner.close();
      db.close();
    },
    sweep,
  };
}
