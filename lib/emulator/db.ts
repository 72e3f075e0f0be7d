/** Opens the SQLite database in the data folder (created if missing) and applies pending migrations. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import Database from 'better-sqlite3';

import { MIGRATIONS } from './migrations';

export type Db = Database.Database;
export type Statement = Database.Statement;

export const DB_FILE_NAME = 'emulator.db';

/** Opens (creating if needed) the database; `fresh` is true when this call created its schema. */
export function openDatabase(dataDir: string): { db: Db; fresh: boolean } {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, DB_FILE_NAME));
  // WAL lets the app and a standalone emulator read the same folder at once; NORMAL sync is durable across an
  // application crash (only an OS crash can lose the last transactions), which is right for a local emulator.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return { db, fresh: migrate(db) };
}

/**
 * Applies pending migrations under a write lock (BEGIN IMMEDIATE), so two processes opening the same fresh folder
 * at once (the app and `npm run emulator`, or build workers) do not both create the schema. True when this call
 * created it.
 */
function migrate(db: Db): boolean {
  return db
    .transaction(() => {
      const applied = db.pragma('user_version', { simple: true }) as number;
      for (let version = applied; version < MIGRATIONS.length; version++) db.exec(MIGRATIONS[version] ?? '');
      db.pragma(`user_version = ${MIGRATIONS.length}`);
      return applied === 0;
    })
    .immediate();
}

/** Prepares each SQL string once; statements are reused across requests, which keeps a request well under 1 ms. */
export function statementCache(db: Db): (sql: string) => Statement {
  const cache = new Map<string, Statement>();
  return (sql) => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  };
}
