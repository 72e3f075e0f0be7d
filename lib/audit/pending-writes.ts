import 'server-only';

import type { AuditTrail } from './types';

/**
 * The audit writes (records and completions) not yet committed, process-wide, so a graceful shutdown can wait for
 * them before it closes the database: a record written before an action and completed after it must not lose its
 * completion to the exit. On globalThis: the route handlers that write and the shutdown that waits live in
 * different Next bundles.
 */
const SLOT = Symbol.for('sandbox-console.pending-audit-writes');

function pending(): Set<Promise<unknown>> {
  const slot = globalThis as Record<symbol, Set<Promise<unknown>> | undefined>;
  slot[SLOT] ??= new Set();
  return slot[SLOT];
}

export function pendingAuditWriteCount(): number {
  return pending().size;
}

/** Tracks `write` until it settles; returns it unchanged (its rejection still reaches the caller). */
export function trackAuditWrite<T>(write: Promise<T>): Promise<T> {
  const writes = pending();
  const settled: Promise<unknown> = write.then(
    () => writes.delete(settled),
    () => writes.delete(settled),
  );
  writes.add(settled);
  return write;
}

/** Settles once no write is pending, including writes started while it waited (a completion after a record). */
export async function settleAuditWrites(): Promise<void> {
  while (pending().size > 0) await Promise.all(pending());
}

/** The same trail, with every record and completion tracked. */
export function withTrackedWrites<T extends AuditTrail>(trail: T): T {
  return {
    ...trail,
    record: (entry) => trackAuditWrite(trail.record(entry)),
    complete: (id, completion) => trackAuditWrite(trail.complete(id, completion)),
  };
}
