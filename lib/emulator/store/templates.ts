/** Template rows: the curated system images and the team's own. */
import type { Db, Statement } from '../db';
import { statementCache } from '../db';
import type { BuildSpec, TemplateRecord, TemplateState } from './types';

type Row = {
  id: string;
  team_id: string;
  name: string;
  status: TemplateState;
  vcpu: number;
  memory_mib: number;
  disk_mib: number;
  size_bytes: number | null;
  error_message: string | null;
  build_spec: string | null;
  is_system: number;
  created_at: number;
  built_at: number | null;
  latest_build_id: string | null;
  ready_build_id: string | null;
};

const fromRow = (row: Row): TemplateRecord => ({
  id: row.id,
  teamId: row.team_id,
  name: row.name,
  status: row.status,
  vcpu: row.vcpu,
  memoryMib: row.memory_mib,
  diskMib: row.disk_mib,
  sizeBytes: row.size_bytes,
  errorMessage: row.error_message,
  buildSpec: row.build_spec === null ? null : (JSON.parse(row.build_spec) as BuildSpec),
  isSystem: row.is_system === 1,
  createdAt: row.created_at,
  builtAt: row.built_at,
  latestBuildId: row.latest_build_id,
  readyBuildId: row.ready_build_id,
});

export type TemplateChanges = Partial<
  Pick<TemplateRecord, 'status' | 'sizeBytes' | 'errorMessage' | 'builtAt' | 'latestBuildId' | 'readyBuildId'>
>;

const COLUMN_OF: Record<keyof TemplateChanges, string> = {
  status: 'status',
  sizeBytes: 'size_bytes',
  errorMessage: 'error_message',
  builtAt: 'built_at',
  latestBuildId: 'latest_build_id',
  readyBuildId: 'ready_build_id',
};

export class TemplateStore {
  private readonly sql: (sql: string) => Statement;

  constructor(db: Db) {
    this.sql = statementCache(db);
  }

  insert(template: TemplateRecord): void {
    this.sql(
      `INSERT INTO templates (id, team_id, name, status, vcpu, memory_mib, disk_mib, size_bytes, error_message,
         build_spec, is_system, created_at, built_at, latest_build_id, ready_build_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      template.id,
      template.teamId,
      template.name,
      template.status,
      template.vcpu,
      template.memoryMib,
      template.diskMib,
      template.sizeBytes,
      template.errorMessage,
      template.buildSpec === null ? null : JSON.stringify(template.buildSpec),
      template.isSystem ? 1 : 0,
      template.createdAt,
      template.builtAt,
      template.latestBuildId,
      template.readyBuildId,
    );
  }

  get(id: string): TemplateRecord | undefined {
    const row = this.sql('SELECT * FROM templates WHERE id = ?').get(id) as Row | undefined;
    return row && fromRow(row);
  }

  /** Exact, case-sensitive name; the team's own template wins over a system one of the same name. */
  getByName(name: string): TemplateRecord | undefined {
    const row = this.sql('SELECT * FROM templates WHERE name = ? ORDER BY is_system ASC LIMIT 1').get(
      name,
    ) as Row | undefined;
    return row && fromRow(row);
  }

  list(namePrefix: string | undefined): TemplateRecord[] {
    const rows = (
      namePrefix
        ? this.sql(
            `SELECT * FROM templates WHERE substr(name, 1, length(?)) = ? ORDER BY created_at DESC, name ASC`,
          ).all(namePrefix, namePrefix)
        : this.sql('SELECT * FROM templates ORDER BY created_at DESC, name ASC').all()
    ) as Row[];
    return rows.map(fromRow);
  }

  countTeamTemplates(): number {
    return (this.sql('SELECT count(*) AS n FROM templates WHERE is_system = 0').get() as { n: number }).n;
  }

  update(id: string, changes: TemplateChanges): void {
    const entries = Object.entries(changes) as [keyof TemplateChanges, unknown][];
    if (entries.length === 0) return;
    const assignments = entries.map(([key]) => `${COLUMN_OF[key]} = ?`).join(', ');
    this.sql(`UPDATE templates SET ${assignments} WHERE id = ?`).run(
      ...entries.map(([, value]) => value),
      id,
    );
  }

  delete(id: string): boolean {
    return this.sql('DELETE FROM templates WHERE id = ?').run(id).changes === 1;
  }
}
