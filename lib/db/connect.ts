/**
 * Opens the dashboard's own database: SQLite at $DATA_DIR/console.db by default (nothing to install), or
 * PostgreSQL when DATABASE_URL is set (several dashboard instances behind a load balancer share it).
 * Node only; the caller owns the handle and closes it.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';

import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';

import { migrateToLatest } from './migrations';
import type { ConsoleDatabase, Dialect } from './schema';
import { withStatementCache } from './statement-cache';

export type ConsoleDb = { db: Kysely<ConsoleDatabase>; dialect: Dialect; close: () => Promise<void> };

export type DatabaseSettings = { databaseUrl?: string; dataDir: string };

export const SQLITE_FILE = 'console.db';

/** Which database the settings name, in words safe to print (a URL's password is never shown). */
export function describeDatabase({ databaseUrl, dataDir }: DatabaseSettings): string {
  if (!databaseUrl) return `SQLite at ${path.join(dataDir, SQLITE_FILE)}`;
  const url = new URL(databaseUrl);
  return `PostgreSQL at ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
}

export async function openConsoleDb(settings: DatabaseSettings): Promise<ConsoleDb> {
  const handle = settings.databaseUrl
    ? await openPostgres(settings.databaseUrl)
    : await openSqlite(settings.dataDir);
  try {
    await migrateToLatest(handle.db as Kysely<unknown>, handle.dialect);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}

async function openSqlite(dataDir: string): Promise<ConsoleDb> {
  const { default: Database } = await import('better-sqlite3');
  mkdirSync(dataDir, { recursive: true });
  const sqlite = new Database(path.join(dataDir, SQLITE_FILE));
  sqlite.pragma('journal_mode = WAL');
  // The CLI writes while the app runs: wait for the other writer instead of failing at once.
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<ConsoleDatabase>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
  });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

async function openPostgres(databaseUrl: string): Promise<ConsoleDb> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const db = new Kysely<ConsoleDatabase>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}
