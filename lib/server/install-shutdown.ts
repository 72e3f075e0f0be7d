import 'server-only';

import { settleAuditWrites } from '@/lib/audit/pending-writes';
import { serverLog } from '@/lib/telemetry/logger';

import { startDraining } from './draining';
import { createShutdown } from './graceful-shutdown';
import { serverRegistry } from './http-hooks';
import { openStreams } from './open-streams';
import { shutdownHooks } from './shutdown-hooks';
import { DEFAULT_SHUTDOWN_GRACE_MS, parseShutdownGrace } from './shutdown-settings';

const INSTALLED = Symbol.for('sandbox-console.graceful-shutdown-installed');
const SIGNALS = ['SIGTERM', 'SIGINT'] as const;

async function closeResources(): Promise<void> {
  const [{ closeConsole }, { closeEmulator }] = await Promise.all([
    import('@/lib/auth'),
    import('./upstream'),
  ]);
  await Promise.all([closeConsole(), closeEmulator()]);
}

/**
 * Makes SIGTERM and SIGINT run the graceful shutdown (lib/server/graceful-shutdown). Called once from
 * instrumentation.ts, in production (`next start` and the standalone `node server.js`, which both run Next's
 * start-server); `next dev` keeps Next's own handling, where a quick stop matters more than a drain.
 *
 * Taking over from Next: its start-server registers SIGTERM/SIGINT listeners (unless NEXT_MANUAL_SIG_HANDLE is set)
 * that close the HTTP server and then exit 143/130. Those would cut our drain short, and would themselves wait
 * for ever on an open event stream. NEXT_MANUAL_SIG_HANDLE can't be relied on: it must be in the environment
 * before Next starts, so every deployment would have to remember it. Instead, as instrumentation runs after
 * start-server has registered its listeners (and before the server takes requests), we remove every listener
 * present for these two signals and install ours. Next's listener did nothing ours doesn't (its nextServer.close()
 * releases caches an exiting process need not release). The integration test (e2e/graceful-shutdown.spec.ts)
 * checks the exit code is ours (0, not 143), so a Next upgrade that changes the order is caught.
 */
export function installGracefulShutdown(): void {
  const slot = globalThis as Record<symbol, boolean | undefined>;
  if (slot[INSTALLED]) return;
  slot[INSTALLED] = true;
  const grace = parseShutdownGrace(process.env.SHUTDOWN_GRACE_MS);
  // Validated at start-up (lib/server/startup.ts) before this runs; the default is only a fallback.
  const graceMs = 'graceMs' in grace ? grace.graceMs : DEFAULT_SHUTDOWN_GRACE_MS;
  const registry = serverRegistry();
  const shutdown = createShutdown({
    graceMs,
    servers: () => registry.servers,
    inFlight: () => registry.inFlight,
    streams: openStreams,
    hooks: shutdownHooks,
    startDraining,
    settleAuditWrites,
    closeResources,
    // JSON lines like every other server line (lib/telemetry/logger); written synchronously, so none is lost to the exit.
    log: (line) => serverLog().info(line),
    exit: (code) => process.exit(code),
  });
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) process.removeListener(signal, listener);
    process.on(signal, () => void shutdown.begin(signal));
  }
}
