import 'server-only';

/**
 * SHUTDOWN_GRACE_MS: how long a graceful shutdown lets in-flight requests finish before it closes what is left.
 * Read apart from lib/server/config.ts's API settings (only the shutdown needs it), validated with them at start-up
 * (lib/server/startup.ts), so a bad value stops the server then rather than on the SIGTERM that needs it.
 */
export const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;
/** An orchestrator's own grace period is rarely above a few minutes (Kubernetes: 30 s by default). */
export const MAX_SHUTDOWN_GRACE_MS = 600_000;

export type ShutdownGrace = { graceMs: number } | { problem: string };

export function parseShutdownGrace(value: string | undefined): ShutdownGrace {
  const text = value?.trim() ?? '';
  if (text === '') return { graceMs: DEFAULT_SHUTDOWN_GRACE_MS };
  if (!/^\d+$/.test(text)) {
    return { problem: 'SHUTDOWN_GRACE_MS must be a whole number of milliseconds, like 10000' };
  }
  const graceMs = Number(text);
  if (graceMs > MAX_SHUTDOWN_GRACE_MS) {
    return { problem: `SHUTDOWN_GRACE_MS must be at most ${MAX_SHUTDOWN_GRACE_MS} ms (10 minutes)` };
  }
  return { graceMs };
}
