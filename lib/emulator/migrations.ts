/**
 * The database schema, as an append-only list of migrations (PRAGMA user_version counts the applied ones).
 * Never edit a shipped migration: a data folder created by an older version must still open.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE templates (
    id TEXT PRIMARY KEY,
    team_id TEXT NOT NULL,
    name TEXT NOT NULL,
    status TEXT NOT NULL,
    vcpu INTEGER NOT NULL,
    memory_mib INTEGER NOT NULL,
    disk_mib INTEGER NOT NULL,
    size_bytes INTEGER,
    error_message TEXT,
    build_spec TEXT,
    is_system INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    built_at INTEGER,
    latest_build_id TEXT,
    ready_build_id TEXT,
    UNIQUE (team_id, name)
  );
  CREATE INDEX templates_created ON templates (created_at DESC);

  CREATE TABLE template_builds (
    id TEXT PRIMARY KEY,
    template_id TEXT NOT NULL REFERENCES templates (id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    build_spec TEXT NOT NULL,
    build_spec_hash TEXT NOT NULL,
    runtime TEXT,
    error_message TEXT,
    created_at INTEGER NOT NULL,
    started_at INTEGER,
    finalized_at INTEGER
  );
  CREATE INDEX template_builds_template ON template_builds (template_id, created_at DESC);
  CREATE INDEX template_builds_status ON template_builds (status);

  CREATE TABLE build_logs (
    build_id TEXT NOT NULL REFERENCES template_builds (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    timestamp INTEGER NOT NULL,
    stream TEXT NOT NULL,
    text TEXT NOT NULL,
    finished INTEGER NOT NULL DEFAULT 0,
    status TEXT,
    PRIMARY KEY (build_id, seq)
  ) WITHOUT ROWID;

  CREATE TABLE sandboxes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    name_lower TEXT NOT NULL,
    status TEXT NOT NULL,
    template_id TEXT NOT NULL REFERENCES templates (id),
    build_id TEXT,
    vcpu_count INTEGER NOT NULL,
    memory_mib INTEGER NOT NULL,
    snapshot_id TEXT,
    created_at INTEGER NOT NULL,
    timeout_seconds INTEGER,
    expires_at INTEGER,
    network TEXT,
    metadata TEXT NOT NULL,
    env_vars BLOB,
    access_token TEXT NOT NULL
  );
  CREATE INDEX sandboxes_created ON sandboxes (created_at, seq);
  CREATE INDEX sandboxes_name ON sandboxes (name_lower, seq);
  CREATE INDEX sandboxes_status ON sandboxes (status, created_at, seq);
  CREATE INDEX sandboxes_template ON sandboxes (template_id);
  CREATE INDEX sandboxes_expires ON sandboxes (expires_at) WHERE expires_at IS NOT NULL;

  -- One row per metadata pair, so a filter on several keys is a few index lookups, not a JSON scan.
  CREATE TABLE sandbox_metadata (
    sandbox_seq INTEGER NOT NULL REFERENCES sandboxes (seq) ON DELETE CASCADE,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (sandbox_seq, key)
  ) WITHOUT ROWID;
  CREATE INDEX sandbox_metadata_pair ON sandbox_metadata (key, value, sandbox_seq);

  -- Files a sandbox wrote on top of its image. kind 'whiteout' hides an image file that was removed.
  CREATE TABLE sandbox_files (
    sandbox_seq INTEGER NOT NULL REFERENCES sandboxes (seq) ON DELETE CASCADE,
    path TEXT NOT NULL,
    parent TEXT NOT NULL,
    kind TEXT NOT NULL,
    content TEXT NOT NULL DEFAULT '',
    mtime INTEGER NOT NULL,
    PRIMARY KEY (sandbox_seq, path)
  ) WITHOUT ROWID;
  CREATE INDEX sandbox_files_parent ON sandbox_files (sandbox_seq, parent);

  -- Files a template build wrote on top of the base image; sandboxes from that build see them.
  CREATE TABLE build_files (
    build_id TEXT NOT NULL REFERENCES template_builds (id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    parent TEXT NOT NULL,
    kind TEXT NOT NULL,
    content TEXT NOT NULL DEFAULT '',
    mtime INTEGER NOT NULL,
    PRIMARY KEY (build_id, path)
  ) WITHOUT ROWID;
  CREATE INDEX build_files_parent ON build_files (build_id, parent);

  CREATE TABLE idempotency_keys (
    key TEXT PRIMARY KEY,
    request_hash TEXT NOT NULL,
    status INTEGER NOT NULL,
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
  `,
];
