/**
 * For storage tests: a fresh, migrated database of each kind the machine offers. SQLite always; PostgreSQL when
 * TEST_DATABASE_URL names a server (.ci/run starts a throwaway cluster and sets it), each test in a database of
 * its own, dropped afterwards. Not a test file itself, and never imported by the app.
 *
 *   describe.each(testDatabases())('audit log on $name', ({ open }) => {
 *     let db: ConsoleDb; let done: () => Promise<void>;
 *     beforeEach(async () => ({ db, done } = await open()));
 *     afterEach(() => done());
 *   });
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { type ConsoleDb, openConsoleDb } from './connect';

export type TestDatabase = {
  name: 'SQLite' | 'PostgreSQL';
  /** A fresh, migrated database, and how to throw it away. `databaseUrl`/`dataDir` open it again elsewhere. */
  open: () => Promise<{ db: ConsoleDb; done: () => Promise<void>; databaseUrl?: string; dataDir: string }>;
};

/** The PostgreSQL server for tests, if any; CI always has one, a laptop may not. */
export function testPostgresUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || undefined;
}

const sqlite: TestDatabase = {
  name: 'SQLite',
  async open() {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'console-db-'));
    const db = await openConsoleDb({ dataDir });
    return {
      db,
      dataDir,
      done: async () => {
        await db.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  },
};

function postgres(serverUrl: string): TestDatabase {
  return {
    name: 'PostgreSQL',
    async open() {
      const { default: pg } = await import('pg');
      const name = `console_test_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      const databaseUrl = url.toString();
      const dataDir = mkdtempSync(path.join(tmpdir(), 'console-db-'));
      const db = await openConsoleDb({ databaseUrl, dataDir });
      return {
        db,
        databaseUrl,
        dataDir,
        done: async () => {
          await db.close();
          const cleanup = new pg.Client({ connectionString: serverUrl });
          await cleanup.connect();
          // pg's pool.end() resolves before its connections have closed; a forced drop that cut one off would
          // surface as an unhandled "terminating connection" error in whichever test runs next.
          for (let tries = 0; tries < 40; tries++) {
            const { rows } = await cleanup.query(
              'SELECT count(*)::int AS open FROM pg_stat_activity WHERE datname = $1',
              [name],
            );
            if (rows[0].open === 0) break;
            await new Promise((resolve) => setTimeout(resolve, 25));
          }
          await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          await cleanup.end();
          rmSync(dataDir, { recursive: true, force: true });
        },
      };
    },
  };
}

/** Every database kind to run a storage test against on this machine. */
export function testDatabases(): TestDatabase[] {
  const url = testPostgresUrl();
  return url ? [sqlite, postgres(url)] : [sqlite];
}
