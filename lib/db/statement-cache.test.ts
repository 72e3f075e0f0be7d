import Database from 'better-sqlite3';
import { type Generated, Kysely, SqliteDialect, sql } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { withStatementCache } from './statement-cache';

describe('withStatementCache', () => {
  const opened: Database.Database[] = [];
  afterEach(() => {
    for (const database of opened.splice(0)) if (database.open) database.close();
  });

  function memory() {
    const database = new Database(':memory:');
    opened.push(database);
    return database;
  }

  it('prepares each SQL text once and hands back the same statement', () => {
    const database = memory();
    const prepare = vi.spyOn(database, 'prepare');
    const cached = withStatementCache(database);
    const first = cached.prepare('select 1 as one');
    expect(cached.prepare('select 1 as one')).toBe(first);
    expect(cached.prepare('select 2 as two')).not.toBe(first);
    expect(prepare).toHaveBeenCalledTimes(2);
  });

  it('keeps at most `size` statements, evicting the least recently used', () => {
    const database = memory();
    const prepare = vi.spyOn(database, 'prepare');
    const cached = withStatementCache(database, 2);
    cached.prepare('select 1');
    cached.prepare('select 2');
    cached.prepare('select 1'); // now the most recent
    cached.prepare('select 3'); // evicts "select 2"
    expect(prepare).toHaveBeenCalledTimes(3);
    cached.prepare('select 1');
    expect(prepare).toHaveBeenCalledTimes(3);
    cached.prepare('select 2');
    expect(prepare).toHaveBeenCalledTimes(4);
  });

  it('gives Kysely the same answers as without it, reads and writes alike', async () => {
    const db = new Kysely<{ t: { id: Generated<number>; name: string } }>({
      dialect: new SqliteDialect({ database: withStatementCache(memory()) }),
    });
    await sql`create table t (id integer primary key, name text)`.execute(db);
    for (const name of ['a', 'b', 'c']) await db.insertInto('t').values({ name }).execute();
    await db.updateTable('t').set({ name: 'B' }).where('name', '=', 'b').execute();
    const rows = await db.selectFrom('t').select(['id', 'name']).orderBy('id').execute();
    expect(rows).toEqual([
      { id: 1, name: 'a' },
      { id: 2, name: 'B' },
      { id: 3, name: 'c' },
    ]);
    const one = await db.selectFrom('t').select('name').where('id', '=', 3).executeTakeFirst();
    expect(one).toEqual({ name: 'c' });
    await db.destroy();
  });

  it('closes the database', () => {
    const database = memory();
    withStatementCache(database).close();
    expect(database.open).toBe(false);
  });
});
