/** Template builds and their log lines. */
import type { Db, Statement } from '../db';
import { statementCache } from '../db';
import type {
  BuildLogRecord,
  BuildLogStream,
  BuildRecord,
  BuildSpec,
  BuildState,
  ImageRuntime,
} from './types';
import { IN_FLIGHT_BUILD_STATES } from './types';

type Row = {
  id: string;
  template_id: string;
  status: BuildState;
  build_spec: string;
  build_spec_hash: string;
  runtime: string | null;
  error_message: string | null;
  created_at: number;
  started_at: number | null;
  finalized_at: number | null;
};

type LogRow = {
  seq: number;
  timestamp: number;
  stream: BuildLogStream;
  text: string;
  finished: number;
  status: BuildLogRecord['status'];
};

const fromRow = (row: Row): BuildRecord => ({
  id: row.id,
  templateId: row.template_id,
  status: row.status,
  buildSpec: JSON.parse(row.build_spec) as BuildSpec,
  buildSpecHash: row.build_spec_hash,
  runtime: row.runtime === null ? null : (JSON.parse(row.runtime) as ImageRuntime),
  errorMessage: row.error_message,
  createdAt: row.created_at,
  startedAt: row.started_at,
  finalizedAt: row.finalized_at,
});

const IN_FLIGHT = IN_FLIGHT_BUILD_STATES.map((state) => `'${state}'`).join(', ');

export class BuildStore {
  private readonly sql: (sql: string) => Statement;

  constructor(db: Db) {
    this.sql = statementCache(db);
  }

  insert(build: BuildRecord): void {
    this.sql(
      `INSERT INTO template_builds (id, template_id, status, build_spec, build_spec_hash, runtime, error_message,
         created_at, started_at, finalized_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      build.id,
      build.templateId,
      build.status,
      JSON.stringify(build.buildSpec),
      build.buildSpecHash,
      build.runtime === null ? null : JSON.stringify(build.runtime),
      build.errorMessage,
      build.createdAt,
      build.startedAt,
      build.finalizedAt,
    );
  }

  get(templateId: string, buildId: string): BuildRecord | undefined {
    const row = this.sql('SELECT * FROM template_builds WHERE id = ? AND template_id = ?').get(
      buildId,
      templateId,
    ) as Row | undefined;
    return row && fromRow(row);
  }

  getById(buildId: string): BuildRecord | undefined {
    const row = this.sql('SELECT * FROM template_builds WHERE id = ?').get(buildId) as Row | undefined;
    return row && fromRow(row);
  }

  list(templateId: string, limit: number): BuildRecord[] {
    const rows = this.sql(
      'SELECT * FROM template_builds WHERE template_id = ? ORDER BY created_at DESC, rowid DESC LIMIT ?',
    ).all(templateId, limit) as Row[];
    return rows.map(fromRow);
  }

  inFlightFor(templateId: string): BuildRecord | undefined {
    const row = this.sql(
      `SELECT * FROM template_builds WHERE template_id = ? AND status IN (${IN_FLIGHT}) ORDER BY created_at DESC LIMIT 1`,
    ).get(templateId) as Row | undefined;
    return row && fromRow(row);
  }

  allInFlight(): BuildRecord[] {
    return (this.sql(`SELECT * FROM template_builds WHERE status IN (${IN_FLIGHT})`).all() as Row[]).map(
      fromRow,
    );
  }

  countInFlight(): number {
    return (
      this.sql(`SELECT count(*) AS n FROM template_builds WHERE status IN (${IN_FLIGHT})`).get() as {
        n: number;
      }
    ).n;
  }

  /** Moves an in-flight build on; false if it already reached a terminal state (e.g. was cancelled). */
  advance(
    buildId: string,
    to: BuildState,
    changes: { startedAt?: number; finalizedAt?: number; errorMessage?: string; runtime?: ImageRuntime } = {},
  ): boolean {
    const result = this.sql(
      `UPDATE template_builds SET status = ?, started_at = coalesce(?, started_at),
         finalized_at = coalesce(?, finalized_at), error_message = coalesce(?, error_message),
         runtime = coalesce(?, runtime)
       WHERE id = ? AND status IN (${IN_FLIGHT})`,
    ).run(
      to,
      changes.startedAt ?? null,
      changes.finalizedAt ?? null,
      changes.errorMessage ?? null,
      changes.runtime ? JSON.stringify(changes.runtime) : null,
      buildId,
    );
    return result.changes === 1;
  }

  appendLog(buildId: string, entry: Omit<BuildLogRecord, 'seq'>): BuildLogRecord {
    const { next } = this.sql(
      'SELECT coalesce(max(seq), 0) + 1 AS next FROM build_logs WHERE build_id = ?',
    ).get(buildId) as { next: number };
    this.sql(
      'INSERT INTO build_logs (build_id, seq, timestamp, stream, text, finished, status) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run(buildId, next, entry.timestamp, entry.stream, entry.text, entry.finished ? 1 : 0, entry.status);
    return { ...entry, seq: next };
  }

  logs(buildId: string, afterSeq = 0): BuildLogRecord[] {
    const rows = this.sql('SELECT * FROM build_logs WHERE build_id = ? AND seq > ? ORDER BY seq').all(
      buildId,
      afterSeq,
    ) as LogRow[];
    return rows.map((row) => ({
      seq: row.seq,
      timestamp: row.timestamp,
      stream: row.stream,
      text: row.text,
      finished: row.finished === 1,
      status: row.status,
    }));
  }
}
