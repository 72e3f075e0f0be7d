import 'server-only';

import type { Server, ServerResponse } from 'node:http';

import { restartingFrame } from '@/lib/contract/restarting';

import type { OpenStream } from './open-streams';
import type { ShutdownHook } from './shutdown-hooks';

/**
 * What a graceful shutdown (SIGTERM from an orchestrator, SIGINT from a terminal) does, in order:
 *
 * 1. mark the process draining: `/api/ready` answers 503 "shutting_down", so a load balancer stops sending work;
 * 2. stop accepting connections (the listening socket closes: a new connection is refused) and close the idle
 *    keep-alive ones; a response still being written is sent with `Connection: close`;
 * 3. end every open event stream (exec output, build logs) with the `restarting` event (lib/contract/restarting),
 *    so the browser says why the stream stopped and reconnects, instead of seeing a reset;
 * 4. let in-flight requests finish, for up to SHUTDOWN_GRACE_MS, then destroy what is left;
 * 5. wait for the audit writes still pending (a write's record is completed after the upstream answered);
 * 6. run the shutdown hooks (lib/server/shutdown-hooks: flush logs, traces);
 * 7. close the dashboard's database and the embedded API's;
 * 8. exit 0.
 *
 * Steps 5–7 are each bounded (STEP_LIMIT_MS): a database that stopped answering must not keep the process alive
 * until the orchestrator's SIGKILL. A second signal during the drain exits at once, with code 1 and a log line:
 * whoever sends it (Ctrl+C twice, an impatient supervisor) wants the process gone now.
 *
 * Pure of process state: everything it touches comes in `ShutdownDeps`, so every step has a unit test.
 */
export type ShutdownDeps = {
  graceMs: number;
  servers: () => Iterable<Server>;
  inFlight: () => Set<ServerResponse>;
  streams: () => Iterable<OpenStream>;
  hooks: () => Iterable<ShutdownHook>;
  startDraining: () => void;
  settleAuditWrites: () => Promise<void>;
  /** The databases: the dashboard's, the embedded API's. */
  closeResources: () => Promise<void>;
  log: (line: string) => void;
  exit: (code: number) => void;
  /** STEP_LIMIT_MS unless a test says otherwise. */
  stepLimitMs?: number;
};

/** How long each of the last steps (audit writes, each hook, closing the databases) may take. */
export const STEP_LIMIT_MS = 5_000;

/**
 * After destroying unfinished requests, their handlers learn of it a few ticks later (the request's abort signal)
 * and may still complete an audit record (a 499): a moment for those writes to start before they are awaited.
 */
const ABORT_SETTLE_MS = 50;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves true when `promise` settles within `ms` (its failure logged), false when it does not. */
async function within(
  ms: number,
  what: string,
  promise: () => Promise<unknown> | unknown,
  log: ShutdownDeps['log'],
): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    const done = Promise.resolve()
      .then(promise)
      .then(
        () => true as const,
        (error: unknown) => {
          log(`[shutdown] ${what} failed: ${error instanceof Error ? error.message : String(error)}`);
          return true as const;
        },
      );
    const finished = await Promise.race([done, late]);
    if (!finished) log(`[shutdown] ${what}: no answer within ${ms} ms, going on`);
    return finished;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Resolves once every response in `inFlight` has closed, or after `ms`; true when none is left. `onEach` runs as
 * each one closes: a keep-alive connection it leaves idle is closed then, before another request can come on it.
 */
export function waitForInFlight(
  inFlight: Set<ServerResponse>,
  ms: number,
  onEach: () => void = () => {},
): Promise<boolean> {
  if (inFlight.size === 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const onClose = () => {
      onEach();
      if (inFlight.size > 0) return;
      clearTimeout(timer);
      resolve(true);
    };
    const timer = setTimeout(() => {
      for (const response of inFlight) response.off('close', onClose);
      resolve(inFlight.size === 0);
    }, ms);
    // The registry's own 'close' listener (lib/server/http-hooks) was added first, so the set has shrunk by then.
    for (const response of inFlight) response.once('close', onClose);
  });
}

export type Shutdown = {
  /** Starts the shutdown for `signal`; a second call exits at once. Resolves when it has exited. */
  begin(signal: string): Promise<void>;
};

export function createShutdown(deps: ShutdownDeps): Shutdown {
  let started = false;
  const { log, stepLimitMs = STEP_LIMIT_MS } = deps;

  async function run(signal: string) {
    const startedAt = Date.now();
    log(`[shutdown] ${signal} received: draining for up to ${deps.graceMs} ms`);
    deps.startDraining();

    const servers = [...deps.servers()];
    for (const server of servers) {
      server.close();
      server.closeIdleConnections();
    }
    // Responses not yet started go out with `Connection: close`, so their connection ends with them.
    for (const response of deps.inFlight()) {
      if (!response.headersSent) response.shouldKeepAlive = false;
    }
    log(`[shutdown] stopped accepting connections; ${deps.inFlight().size} request(s) in flight`);

    const streams = [...deps.streams()];
    const frame = new TextEncoder().encode(restartingFrame());
    for (const stream of streams) stream.end(frame);
    if (streams.length > 0) log(`[shutdown] ended ${streams.length} event stream(s) with a restarting event`);

    // Deferred: a connection counts as idle only once its response's 'close' has been handled.
    const closeIdle = () => setImmediate(() => servers.forEach((server) => server.closeIdleConnections()));
    const finished = await waitForInFlight(deps.inFlight(), deps.graceMs, closeIdle);
    if (!finished) {
      const left = deps.inFlight().size;
      log(`[shutdown] grace period over: closing ${left} unfinished request(s)`);
      for (const response of deps.inFlight()) response.destroy();
      await sleep(ABORT_SETTLE_MS);
    } else {
      log('[shutdown] every request has finished');
    }
    // Whatever connection is left is idle now (or was just destroyed).
    for (const server of servers) server.closeAllConnections();

    await within(stepLimitMs, 'waiting for audit writes', deps.settleAuditWrites, log);
    for (const hook of deps.hooks()) {
      await within(stepLimitMs, `shutdown hook "${hook.name}"`, hook.run, log);
    }
    await within(stepLimitMs, 'closing the databases', deps.closeResources, log);
    log(`[shutdown] done in ${Date.now() - startedAt} ms; exiting`);
    deps.exit(0);
  }

  return {
    async begin(signal) {
      if (started) {
        log(`[shutdown] ${signal} received again during the drain: exiting now`);
        deps.exit(1);
        return;
      }
      started = true;
      try {
        await run(signal);
      } catch (error) {
        log(`[shutdown] failed: ${error instanceof Error ? error.message : String(error)}; exiting`);
        deps.exit(1);
      }
    },
  };
}
