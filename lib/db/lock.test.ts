import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { ConsoleDb } from './connect';
import { LockTimeoutError, withLock } from './lock';
import { testDatabases } from './test-databases';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(testDatabases())('the lease lock on $name', ({ open }) => {
  let database: ConsoleDb;
  let done: () => Promise<void>;
  beforeEach(async () => ({ db: database, done } = await open()));
  afterEach(() => done());

  it('runs one holder at a time and releases on success and on failure', async () => {
    const events: string[] = [];
    const work = (name: string) => async () => {
      events.push(`${name} in`);
      await sleep(30);
      events.push(`${name} out`);
      if (name === 'b') throw new Error('b failed');
      return name;
    };
    const results = await Promise.allSettled([
      withLock(database.db, 'users', work('a')),
      withLock(database.db, 'users', work('b')),
      withLock(database.db, 'users', work('c')),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    for (let i = 0; i < events.length; i += 2) {
      expect(events[i]!.split(' ')[0]).toBe(events[i + 1]!.split(' ')[0]);
    }
    expect(await database.db.selectFrom('console_lock').selectAll().execute()).toEqual([]);
  });

  it('gives up after waitMs, and takes over a lease its holder never released', async () => {
    await database.db
      .insertInto('console_lock')
      .values({ name: 'users', holder: 'crashed', expires_at: Date.now() + 200 })
      .execute();
    await expect(withLock(database.db, 'users', async () => 'x', { waitMs: 50 })).rejects.toBeInstanceOf(
      LockTimeoutError,
    );
    expect(await withLock(database.db, 'users', async () => 'mine', { waitMs: 2000 })).toBe('mine');
  });

  it('locks by name: different names don’t wait for each other', async () => {
    const inner = await withLock(database.db, 'a', () =>
      withLock(database.db, 'b', async () => 'both', { waitMs: 100 }),
    );
    expect(inner).toBe('both');
  });
});
