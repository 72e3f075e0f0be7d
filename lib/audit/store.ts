import 'server-only';

import { randomUUID } from 'node:crypto';

import { type ExpressionBuilder, type SelectQueryBuilder, sql } from 'kysely';

import type { AuditOutcome, AuditPage, AuditRecord } from '@/lib/audit-view/record';
import type { ConsoleDb } from '@/lib/db/connect';
import type { AuditEventTable, ConsoleDatabase } from '@/lib/db/schema';

import { type Cursor, decodeCursor, encodeCursor } from './cursor';
import type { AuditCompletion, AuditEntry, AuditTrail, StoreFilters } from './types';

/** Long values are cut here: a record is evidence, not a copy of everything that was sent. */
const MAX_TEXT = 512;
const MAX_DETAILS_JSON = 8 * 1024;

export type AuditPageQuery = { filters: StoreFilters; before?: string; after?: string; limit: number };

export class InvalidCursorError extends Error {
  constructor(readonly param: 'before' | 'after') {
    super(`${param} is not a cursor from this audit log; start again from the newest page`);
  }
}

export type AuditLog = AuditTrail & {
  /** One page of records, newest first. Throws InvalidCursorError for a cursor that is not ours. */
  query(query: AuditPageQuery): Promise<AuditPage>;
  /** Every matching record, newest first, read `pageSize` at a time: never all of them in memory. */
  records(filters: StoreFilters, options?: { pageSize?: number }): AsyncIterable<AuditRecord>;
  /** Deletes records older than `cutoff` (epoch ms); returns how many. */
  prune(cutoff: number): Promise<number>;
};

type Row = AuditEventTable;
type Query = SelectQueryBuilder<ConsoleDatabase, 'audit_event', Row>;

export function outcomeOf(status: number): AuditOutcome {
  if (status >= 100 && status < 400) return 'success';
  return status >= 400 ? 'failure' : 'unknown';
}

const cut = (value: string | null | undefined, max = MAX_TEXT) =>
  value === null || value === undefined ? null : value.length > max ? value.slice(0, max) : value;

function detailsJson(details: AuditEntry['details']): string | null {
  if (!details || Object.keys(details).length === 0) return null;
  const json = JSON.stringify(details);
  return json.length > MAX_DETAILS_JSON
    ? JSON.stringify({ truncated: json.slice(0, MAX_DETAILS_JSON) })
    : json;
}

function parseDetails(json: string | null): Record<string, unknown> | null {
  if (!json) return null;
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function toRecord(row: Row): AuditRecord {
  return {
    id: row.id,
    at: Number(row.at),
    actor: { id: row.actor_id, email: row.actor_email, role: row.actor_role },
    action: row.action,
    target: { type: row.target_type, id: row.target_id, name: row.target_name },
    outcome: row.outcome as AuditOutcome,
    status: row.status === null ? null : Number(row.status),
    errorCode: row.error_code,
    requestId: row.request_id,
    ip: row.ip,
    userAgent: row.user_agent,
    details: parseDetails(row.details),
  };
}

/** `LIKE` pattern for every action under a prefix: `sandbox.*` → `sandbox.%`, with `_` and `%` taken literally. */
function prefixPattern(action: string): string {
  return `${action.slice(0, -1).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function applyFilters(query: Query, filters: StoreFilters): Query {
  let q = query;
  const { actor, action, target, outcome, from, to, targetType, targetId } = filters;
  if (actor) {
    q = q.where((eb) => eb.or([eb('actor_email', '=', actor.toLowerCase()), eb('actor_id', '=', actor)]));
  }
  if (action) {
    q = action.endsWith('.*')
      ? q.where(sql<boolean>`action like ${prefixPattern(action)} escape '\\'`)
      : q.where('action', '=', action);
  }
  if (target) q = q.where((eb) => eb.or([eb('target_id', '=', target), eb('target_name', '=', target)]));
  if (outcome) q = q.where('outcome', '=', outcome);
  if (from !== undefined) q = q.where('at', '>=', from);
  if (to !== undefined) q = q.where('at', '<', to);
  if (targetType) q = q.where('target_type', '=', targetType);
  if (targetId) q = q.where('target_id', '=', targetId);
  return q;
}

/** Records strictly older (`<`) or newer (`>`) than the cursor, by (at, id). */
function beyond(cursor: Cursor, direction: '<' | '>') {
  return (eb: ExpressionBuilder<ConsoleDatabase, 'audit_event'>) =>
    eb.or([
      eb('at', direction, cursor.at),
      eb.and([eb('at', '=', cursor.at), eb('id', direction, cursor.id)]),
    ]);
}

function cursorOf(record: AuditRecord): string {
  return encodeCursor({ at: record.at, id: record.id });
}

/** The audit log on the dashboard's own database: the same queries on SQLite and PostgreSQL. */
export function createAuditLog({
  db,
  dialect,
}: Pick<ConsoleDb, 'db'> & Partial<Pick<ConsoleDb, 'dialect'>>): AuditLog {
  const base = () => db.selectFrom('audit_event').selectAll();

  async function olderThan(filters: StoreFilters, cursor: Cursor | undefined, limit: number) {
    let q = applyFilters(base(), filters);
    if (cursor) q = q.where(beyond(cursor, '<'));
    const rows = await q.orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).execute();
    return rows.map(toRecord);
  }

  async function newerThan(filters: StoreFilters, cursor: Cursor, limit: number) {
    const rows = await applyFilters(base(), filters)
      .where(beyond(cursor, '>'))
      .orderBy('at', 'asc')
      .orderBy('id', 'asc')
      .limit(limit)
      .execute();
    return rows.map(toRecord).reverse();
  }

  /**
   * A target named only by its id (a pause, say) takes the name the log last knew for it — the create's, as a
   * rule — in the same statement, so filtering by a sandbox's name finds everything done to it.
   */
  function knownName(target: AuditEntry['target']) {
    if (!target?.id || !target.type) return null;
    return db
      .selectFrom('audit_event')
      .select('target_name')
      .where('target_type', '=', target.type)
      .where('target_id', '=', target.id)
      .where('target_name', 'is not', null)
      .orderBy('at', 'desc')
      .limit(1);
  }

  function decode(value: string | undefined, param: 'before' | 'after'): Cursor | undefined {
    if (value === undefined) return undefined;
    const cursor = decodeCursor(value);
    if (!cursor) throw new InvalidCursorError(param);
    return cursor;
  }

  return {
    async record(entry) {
      const id = randomUUID();
      await db
        .insertInto('audit_event')
        .values({
          id,
          at: entry.at ?? Date.now(),
          actor_id: cut(entry.actor.id),
          actor_email: cut(entry.actor.email?.toLowerCase()),
          actor_role: cut(entry.actor.role),
          action: entry.action,
          target_type: cut(entry.target?.type),
          target_id: cut(entry.target?.id),
          target_name: entry.target?.name ? cut(entry.target.name) : knownName(entry.target),
          outcome: 'unknown',
          status: null,
          error_code: null,
          request_id: cut(entry.requestId),
          ip: cut(entry.ip, 64),
          user_agent: cut(entry.userAgent),
          details: detailsJson(entry.details),
        })
        .execute();
      return id;
    },

    async complete(id, { status, errorCode, target, actor }: AuditCompletion) {
      const update = (handle: typeof db) =>
        handle
          .updateTable('audit_event')
          .set({
            outcome: outcomeOf(status),
            status,
            error_code: cut(errorCode),
            ...(target?.id ? { target_id: cut(target.id) } : {}),
            ...(target?.name ? { target_name: cut(target.name) } : {}),
            ...(actor?.id ? { actor_id: cut(actor.id) } : {}),
            ...(actor?.email ? { actor_email: cut(actor.email.toLowerCase()) } : {}),
            ...(actor?.role ? { actor_role: cut(actor.role) } : {}),
          })
          .where('id', '=', id)
          .execute();
      if (dialect !== 'postgres') {
        await update(db);
        return;
      }
      // The record itself was committed durably before the action; its outcome need not wait for the disk too.
      // A crash in the next moment can lose it, leaving "unknown" — what the log may say of an unfinished answer.
      await db.transaction().execute(async (trx) => {
        await sql`set local synchronous_commit to off`.execute(trx);
        await update(trx);
      });
    },

    async query({ filters, before, after, limit }) {
      const older = decode(before, 'before');
      const newer = decode(after, 'after');
      if (newer) {
        const rows = await newerThan(filters, newer, limit + 1);
        const more = rows.length > limit;
        const records = more ? rows.slice(1) : rows;
        return {
          records,
          newer: more && records[0] ? cursorOf(records[0]) : null,
          older: records.length ? cursorOf(records[records.length - 1]!) : null,
        };
      }
      const rows = await olderThan(filters, older, limit + 1);
      const more = rows.length > limit;
      const records = more ? rows.slice(0, limit) : rows;
      return {
        records,
        older: more ? cursorOf(records[records.length - 1]!) : null,
        // Paged down from a cursor: there is something newer (at least what the previous page showed).
        newer: older ? (records[0] ? cursorOf(records[0]) : (before ?? null)) : null,
      };
    },

    async *records(filters, { pageSize = 500 } = {}) {
      let cursor: Cursor | undefined;
      for (;;) {
        const page = await olderThan(filters, cursor, pageSize);
        yield* page;
        const last = page[page.length - 1];
        if (page.length < pageSize || !last) return;
        cursor = { at: last.at, id: last.id };
      }
    },

    async prune(cutoff) {
      const result = await db.deleteFrom('audit_event').where('at', '<', cutoff).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
