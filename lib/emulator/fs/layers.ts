/**
 * A sandbox's filesystem is a stack of layers, like an overlay mount: the sandbox's own writes on top, then the
 * files its template build produced, then the base image. A 'whiteout' hides a lower file that was removed.
 */
import { posix } from 'node:path';

import type { Db, Statement } from '../db';
import { statementCache } from '../db';

export type FileKind = 'file' | 'dir';
export type FsEntry = { kind: FileKind; content: string; mtime: number };
export type LayerEntry = FsEntry | { kind: 'whiteout'; content: ''; mtime: number };

export interface ReadLayer {
  get(path: string): LayerEntry | undefined;
  children(dir: string): Map<string, LayerEntry>;
}

export interface WriteLayer extends ReadLayer {
  put(path: string, entry: LayerEntry): void;
  drop(path: string): void;
}

export const parentOf = (path: string): string => (path === '/' ? '' : posix.dirname(path));

/** An in-memory, read-only layer (the base image). */
export class StaticLayer implements ReadLayer {
  private readonly entries = new Map<string, LayerEntry>();
  private readonly byParent = new Map<string, Map<string, LayerEntry>>();

  constructor(entries: Iterable<readonly [string, LayerEntry]>) {
    for (const [path, entry] of entries) {
      this.entries.set(path, entry);
      const parent = parentOf(path);
      if (!this.byParent.has(parent)) this.byParent.set(parent, new Map());
      this.byParent.get(parent)?.set(posix.basename(path), entry);
    }
  }

  get(path: string): LayerEntry | undefined {
    return this.entries.get(path);
  }

  children(dir: string): Map<string, LayerEntry> {
    return new Map(this.byParent.get(dir));
  }
}

type FileRow = { path: string; kind: LayerEntry['kind']; content: string; mtime: number };

/** A layer stored in SQLite: `sandbox_files` keyed by sandbox, or `build_files` keyed by build. */
export class SqlLayer implements WriteLayer {
  private readonly sql: (sql: string) => Statement;

  constructor(
    db: Db,
    private readonly table: 'sandbox_files' | 'build_files',
    private readonly owner: number | string,
  ) {
    this.sql = statementCache(db);
  }

  private get ownerColumn(): string {
    return this.table === 'sandbox_files' ? 'sandbox_seq' : 'build_id';
  }

  get(path: string): LayerEntry | undefined {
    const row = this.sql(
      `SELECT path, kind, content, mtime FROM ${this.table} WHERE ${this.ownerColumn} = ? AND path = ?`,
    ).get(this.owner, path) as FileRow | undefined;
    return row && toEntry(row);
  }

  children(dir: string): Map<string, LayerEntry> {
    const rows = this.sql(
      `SELECT path, kind, content, mtime FROM ${this.table} WHERE ${this.ownerColumn} = ? AND parent = ?`,
    ).all(this.owner, dir) as FileRow[];
    return new Map(rows.map((row) => [posix.basename(row.path), toEntry(row)]));
  }

  put(path: string, entry: LayerEntry): void {
    this.sql(
      `INSERT INTO ${this.table} (${this.ownerColumn}, path, parent, kind, content, mtime) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (${this.ownerColumn}, path) DO UPDATE SET kind = excluded.kind, content = excluded.content,
         mtime = excluded.mtime`,
    ).run(this.owner, path, parentOf(path), entry.kind, entry.content, entry.mtime);
  }

  drop(path: string): void {
    this.sql(`DELETE FROM ${this.table} WHERE ${this.ownerColumn} = ? AND path = ?`).run(this.owner, path);
  }
}

function toEntry(row: FileRow): LayerEntry {
  return row.kind === 'whiteout'
    ? { kind: 'whiteout', content: '', mtime: row.mtime }
    : { kind: row.kind, content: row.content, mtime: row.mtime };
}
