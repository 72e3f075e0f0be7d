/** Remembers the first response to a POST /sandboxes per Idempotency-Key for 24 hours. */
import type { Db, Statement } from '../db';
import { statementCache } from '../db';

export const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;

export type StoredResponse = { requestHash: string; status: number; body: string };

export class IdempotencyStore {
  private readonly sql: (sql: string) => Statement;

  constructor(db: Db) {
    this.sql = statementCache(db);
  }

  find(key: string, now: number): StoredResponse | undefined {
    const row = this.sql(
      'SELECT request_hash, status, body FROM idempotency_keys WHERE key = ? AND created_at > ?',
    ).get(key, now - IDEMPOTENCY_WINDOW_MS) as
      { request_hash: string; status: number; body: string } | undefined;
    return row && { requestHash: row.request_hash, status: row.status, body: row.body };
  }

  save(key: string, response: StoredResponse, now: number): void {
    this.sql(
      `INSERT INTO idempotency_keys (key, request_hash, status, body, created_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET request_hash = excluded.request_hash, status = excluded.status,
         body = excluded.body, created_at = excluded.created_at`,
    ).run(key, response.requestHash, response.status, response.body, now);
  }

  prune(now: number): void {
    this.sql('DELETE FROM idempotency_keys WHERE created_at <= ?').run(now - IDEMPOTENCY_WINDOW_MS);
  }
}
