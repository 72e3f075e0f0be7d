/** Sandbox rows and their metadata index. Callers wrap multi-step changes in a transaction. */
import type { Db, Statement } from '../db';
import { statementCache } from '../db';
import type { SecretBox } from '../secret-box';
import type { NetworkRules, SandboxRecord, SandboxState } from './types';

const COLUMNS = `seq, id, name, status, template_id, build_id, vcpu_count, memory_mib, snapshot_id, created_at,
  timeout_seconds, network, metadata, access_token`;

type Row = {
  seq: number;
  id: string;
  name: string;
  status: SandboxState;
  template_id: string;
  build_id: string | null;
  vcpu_count: number;
  memory_mib: number;
  snapshot_id: string | null;
  created_at: number;
  timeout_seconds: number | null;
  network: string | null;
  metadata: string;
  access_token: string;
};

const fromRow = (row: Row): SandboxRecord => ({
  seq: row.seq,
  id: row.id,
  name: row.name,
  status: row.status,
  templateId: row.template_id,
  buildId: row.build_id,
  vcpuCount: row.vcpu_count,
  memoryMib: row.memory_mib,
  snapshotId: row.snapshot_id,
  createdAt: row.created_at,
  timeoutSeconds: row.timeout_seconds,
  network: row.network === null ? null : (JSON.parse(row.network) as NetworkRules),
  metadata: JSON.parse(row.metadata) as Record<string, string>,
  accessToken: row.access_token,
});

export type NewSandbox = {
  id: string;
  name: string;
  status: SandboxState;
  templateId: string;
  buildId: string | null;
  vcpuCount: number;
  memoryMib: number;
  snapshotId?: string | null;
  createdAt: number;
  timeoutSeconds: number | null;
  network: NetworkRules | null;
  metadata: Record<string, string>;
  envVars: Record<string, string>;
  accessToken: string;
};

export type SandboxSort = 'created_at' | 'name' | 'status';
export type SortOrder = 'asc' | 'desc';

export type SandboxListQuery = {
  metadata: ReadonlyArray<readonly [string, string]>;
  status?: string;
  q?: string;
  sort: SandboxSort;
  order: SortOrder;
  limit?: number;
  offset: number;
};

/** Stores "no rules" as NULL so the API can leave `network` out, as the real one does. */
export function normalizeNetwork(network: NetworkRules | null | undefined): NetworkRules | null {
  if (!network) return null;
  const rules: NetworkRules = {};
  if (network.allow_out?.length) rules.allow_out = [...network.allow_out];
  if (network.deny_out?.length) rules.deny_out = [...network.deny_out];
  return rules.allow_out || rules.deny_out ? rules : null;
}

const ORDER_BY: Record<SandboxSort, (dir: string) => string> = {
  created_at: (dir) => `created_at ${dir}, seq ${dir}`,
  name: (dir) => `name_lower ${dir}, name ${dir}, created_at DESC, seq DESC`,
  status: (dir) => `status ${dir}, created_at DESC, seq DESC`,
};

export class SandboxStore {
  private readonly sql: (sql: string) => Statement;

  constructor(
    private readonly db: Db,
    private readonly secrets: SecretBox,
  ) {
    this.sql = statementCache(db);
  }

  insert(input: NewSandbox): SandboxRecord {
    const network = normalizeNetwork(input.network);
    const envVars = Object.keys(input.envVars).length
      ? this.secrets.seal(JSON.stringify(input.envVars))
      : null;
    const { lastInsertRowid } = this.sql(
      `INSERT INTO sandboxes (id, name, name_lower, status, template_id, build_id, vcpu_count, memory_mib,
         snapshot_id, created_at, timeout_seconds, expires_at, network, metadata, env_vars, access_token)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      input.id,
      input.name,
      input.name.toLowerCase(),
      input.status,
      input.templateId,
      input.buildId,
      input.vcpuCount,
      input.memoryMib,
      input.snapshotId ?? null,
      input.createdAt,
      input.timeoutSeconds,
      input.timeoutSeconds === null ? null : input.createdAt + input.timeoutSeconds * 1000,
      network === null ? null : JSON.stringify(network),
      JSON.stringify(input.metadata),
      envVars,
      input.accessToken,
    );
    const seq = Number(lastInsertRowid);
    this.writeMetadataIndex(seq, input.metadata);
    return { ...input, seq, network, snapshotId: input.snapshotId ?? null };
  }

  get(id: string): SandboxRecord | undefined {
    const row = this.sql(`SELECT ${COLUMNS} FROM sandboxes WHERE id = ?`).get(id) as Row | undefined;
    return row && fromRow(row);
  }

  count(): number {
    return (this.sql('SELECT count(*) AS n FROM sandboxes').get() as { n: number }).n;
  }

  countByTemplate(templateId: string): number {
    return (
      this.sql('SELECT count(*) AS n FROM sandboxes WHERE template_id = ?').get(templateId) as { n: number }
    ).n;
  }

  list(query: SandboxListQuery): { items: SandboxRecord[]; total: number } {
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.metadata.length > 0) {
      // One INTERSECT of index-only lookups: measured about twice as fast as one IN (…) per key at 10,000 rows.
      const lookups = query.metadata.map(
        () => 'SELECT sandbox_seq FROM sandbox_metadata WHERE key = ? AND value = ?',
      );
      where.push(`seq IN (${lookups.join(' INTERSECT ')})`);
      params.push(...query.metadata.flat());
    }
    if (query.status !== undefined) {
      where.push('status = ?');
      params.push(query.status);
    }
    if (query.q) {
      where.push('instr(name_lower, ?) > 0');
      params.push(query.q.toLowerCase());
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const dir = query.order === 'asc' ? 'ASC' : 'DESC';
    const order = ORDER_BY[query.sort](dir);
    const count = () =>
      (this.sql(`SELECT count(*) AS n FROM sandboxes ${clause}`).get(...params) as { n: number }).n;
    if (query.metadata.length === 0) {
      // Without metadata filters the page streams from an index, and a separate count is cheaper than a window.
      const rows = this.sql(
        `SELECT ${COLUMNS} FROM sandboxes ${clause} ORDER BY ${order} LIMIT ? OFFSET ?`,
      ).all(...params, query.limit ?? -1, query.offset) as Row[];
      return { items: rows.map(fromRow), total: count() };
    }
    // With metadata filters the matches are found once and counted in the same pass.
    const rows = this.sql(
      `SELECT ${COLUMNS}, count(*) OVER () AS total FROM sandboxes ${clause} ORDER BY ${order} LIMIT ? OFFSET ?`,
    ).all(...params, query.limit ?? -1, query.offset) as (Row & { total: number })[];
    const total = rows[0]?.total ?? (query.offset > 0 ? count() : 0);
    return { items: rows.map(fromRow), total };
  }

  /** Moves a sandbox from one of `from` to `to`; false when it was not in one of those states (or is gone). */
  transition(
    id: string,
    from: readonly SandboxState[],
    to: SandboxState,
    extra: { snapshotId?: string; accessToken?: string } = {},
  ): boolean {
    const placeholders = from.map(() => '?').join(', ');
    const result = this.sql(
      `UPDATE sandboxes SET status = ?, snapshot_id = coalesce(snapshot_id, ?), access_token = coalesce(?, access_token)
       WHERE id = ? AND status IN (${placeholders})`,
    ).run(to, extra.snapshotId ?? null, extra.accessToken ?? null, id, ...from);
    return result.changes === 1;
  }

  replaceMetadata(sandbox: SandboxRecord, metadata: Record<string, string>): void {
    this.sql('UPDATE sandboxes SET metadata = ? WHERE seq = ?').run(JSON.stringify(metadata), sandbox.seq);
    this.sql('DELETE FROM sandbox_metadata WHERE sandbox_seq = ?').run(sandbox.seq);
    this.writeMetadataIndex(sandbox.seq, metadata);
  }

  replaceNetwork(sandbox: SandboxRecord, network: NetworkRules | null): void {
    const rules = normalizeNetwork(network);
    this.sql('UPDATE sandboxes SET network = ? WHERE seq = ?').run(
      rules === null ? null : JSON.stringify(rules),
      sandbox.seq,
    );
  }

  envVars(sandbox: SandboxRecord): Record<string, string> {
    const row = this.sql('SELECT env_vars FROM sandboxes WHERE seq = ?').get(sandbox.seq) as
      { env_vars: Buffer | null } | undefined;
    if (!row?.env_vars) return {};
    return JSON.parse(this.secrets.open(row.env_vars)) as Record<string, string>;
  }

  delete(id: string): boolean {
    return this.sql('DELETE FROM sandboxes WHERE id = ?').run(id).changes === 1;
  }

  /** Deletes every sandbox whose hard lifetime has ended; returns how many. */
  deleteExpired(now: number): number {
    return this.sql('DELETE FROM sandboxes WHERE expires_at IS NOT NULL AND expires_at <= ?').run(now)
      .changes;
  }

  /** After a restart, finishes transitions that were cut short (the requests that started them are gone). */
  settleTransitions(newSnapshotId: () => string): void {
    type Interrupted = { id: string; status: SandboxState };
    const interrupted = this.sql(
      `SELECT id, status FROM sandboxes WHERE status IN ('starting', 'pausing', 'resuming')`,
    ).all() as Interrupted[];
    for (const { id, status } of interrupted) {
      if (status === 'pausing') this.transition(id, ['pausing'], 'paused', { snapshotId: newSnapshotId() });
      else this.transition(id, [status], 'active');
    }
  }

  private writeMetadataIndex(seq: number, metadata: Record<string, string>): void {
    const insert = this.sql('INSERT INTO sandbox_metadata (sandbox_seq, key, value) VALUES (?, ?, ?)');
    for (const [key, value] of Object.entries(metadata)) insert.run(seq, key, value);
  }
}
