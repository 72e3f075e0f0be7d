import 'server-only';

import { serverLog } from '@/lib/telemetry/logger';

import type { AuditLog } from './store';

export const PRUNE_EVERY_MS = 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

type RetentionOptions = {
  days: number;
  log?: (line: string) => void;
  now?: () => number;
  everyMs?: number;
};

/**
 * Keeps the audit log to AUDIT_RETENTION_DAYS: prunes once now (at start-up) and then every hour. The timer is
 * unref'd, so it never keeps a process alive on its own; several instances pruning the same database at once
 * just delete the same rows. Returns the first run (for tests) and a stop function.
 */
export function startRetention(audit: Pick<AuditLog, 'prune'>, options: RetentionOptions) {
  const { days, now = Date.now, everyMs = PRUNE_EVERY_MS } = options;
  const log = options.log ?? ((line: string) => serverLog().error(line));
  const run = async (): Promise<number> => {
    try {
      return await audit.prune(now() - days * DAY_MS);
    } catch (error) {
      log(
        `[audit] pruning records older than ${days} days failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      return 0;
    }
  };
  const first = run();
  const timer = setInterval(() => void run(), everyMs);
  timer.unref?.();
  return { first, stop: () => clearInterval(timer) };
}
