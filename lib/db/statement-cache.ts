/**
 * better-sqlite3 with its prepared statements kept. Kysely's SQLite driver prepares every query afresh, and
 * preparing (parsing and planning the SQL) costs more than running the small queries a request makes: the session
 * lookup on every proxied call, the audit write on every change. The dashboard's queries come from a fixed set of
 * code paths, so the same SQL text recurs and its statement can be reused; the cache is bounded all the same, in
 * case a query's text varies (an IN list of varying length).
 *
 * Safe because Kysely runs one query at a time on its single SQLite connection, so a statement is never in use twice.
 */
import type { SqliteDatabase, SqliteStatement } from 'kysely';

export const STATEMENT_CACHE_SIZE = 256;

export function withStatementCache(database: SqliteDatabase, size = STATEMENT_CACHE_SIZE): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => {
      statements.clear();
      return database.close();
    },
    prepare(sql) {
      const cached = statements.get(sql);
      if (cached) {
        // Most recently used last, so the oldest is the one evicted.
        statements.delete(sql);
        statements.set(sql, cached);
        return cached;
      }
      const statement = database.prepare(sql);
      statements.set(sql, statement);
      if (statements.size > size) statements.delete(statements.keys().next().value as string);
      return statement;
    },
  };
}
