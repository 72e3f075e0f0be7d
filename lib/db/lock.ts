/**
 * A lease lock in the database: one holder at a time per name, across every process and instance that shares
 * the database (the app, a second instance, `npm run users`), on SQLite and PostgreSQL alike. The row is the
 * lock; inserting it is acquiring (the primary key turns a second insert away); deleting it is releasing. A
 * holder that dies keeps it only until the lease runs out.
 *
 * It holds no connection while held: the work inside may use the same (single-connection) SQLite handle.
 */
import { randomUUID } from 'node:crypto';

import type { Kysely } from 'kysely';

import type { ConsoleDatabase } from './schema';

export type LockOptions = {
  /** How long the lock counts as held if its holder never releases it. */
  leaseMs?: number;
  /** How long to wait for another holder before giving up. */
  waitMs?: number;
};

export class LockTimeoutError extends Error {
  constructor(readonly lockName: string) {
    super(`Timed out waiting for the "${lockName}" lock`);
    this.name = 'LockTimeoutError';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function tryAcquire(db: Kysely<ConsoleDatabase>, name: string, holder: string, leaseMs: number) {
  const now = Date.now();
  // A lease that ran out belongs to nobody; two takers may both clear it, and only one of their inserts wins.
  await db.deleteFrom('console_lock').where('name', '=', name).where('expires_at', '<', now).execute();
  const inserted = await db
    .insertInto('console_lock')
    .values({ name, holder, expires_at: now + leaseMs })
    .onConflict((conflict) => conflict.column('name').doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Runs `work` while holding the lock `name`; throws LockTimeoutError if it can't be had within `waitMs`. */
export async function withLock<T>(
  db: Kysely<ConsoleDatabase>,
  name: string,
  work: () => Promise<T>,
  { leaseMs = 30_000, waitMs = 10_000 }: LockOptions = {},
): Promise<T> {
  const holder = randomUUID();
  const deadline = Date.now() + waitMs;
  let pause = 10;
  while (!(await tryAcquire(db, name, holder, leaseMs))) {
    if (Date.now() >= deadline) throw new LockTimeoutError(name);
    await sleep(pause + Math.random() * pause);
    pause = Math.min(pause * 2, 200);
  }
  try {
    return await work();
  } finally {
    await db.deleteFrom('console_lock').where('name', '=', name).where('holder', '=', holder).execute();
  }
}
