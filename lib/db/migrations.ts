/**
 * The dashboard's schema, as versioned migrations applied at start-up (Kysely's Migrator: each runs once, in
 * order, under a lock, so several instances starting together on one PostgreSQL apply each exactly once).
 *
 * One list for both dialects: where they differ (booleans, timestamps) the column type comes from `types`.
 * better-auth's tables mirror what its own generator emits for these plugins (admin), frozen here so that an
 * upgrade of better-auth changes the schema only through a new migration of ours.
 */
import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';

import type { Dialect } from './schema';

type ColumnTypes = { bool: 'boolean' | 'integer'; time: 'timestamptz' | 'date'; bigint: 'bigint' };

function typesFor(dialect: Dialect): ColumnTypes {
  return dialect === 'postgres'
    ? { bool: 'boolean', time: 'timestamptz', bigint: 'bigint' }
    : { bool: 'integer', time: 'date', bigint: 'bigint' };
}

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations run against the schema as it was then, not as typed now */
function accounts(t: ColumnTypes): Migration {
  return {
    async up(db: Kysely<any>) {
      const now = sql`CURRENT_TIMESTAMP`;
      await db.schema
        .createTable('user')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('emailVerified', t.bool, (c) => c.notNull())
        .addColumn('image', 'text')
        .addColumn('createdAt', t.time, (c) => c.notNull().defaultTo(now))
        .addColumn('updatedAt', t.time, (c) => c.notNull().defaultTo(now))
        .addColumn('role', 'text')
        .addColumn('banned', t.bool)
        .addColumn('banReason', 'text')
        .addColumn('banExpires', t.time)
        .execute();
      await db.schema
        .createTable('session')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('expiresAt', t.time, (c) => c.notNull())
        .addColumn('token', 'text', (c) => c.notNull().unique())
        .addColumn('createdAt', t.time, (c) => c.notNull().defaultTo(now))
        .addColumn('updatedAt', t.time, (c) => c.notNull())
        .addColumn('ipAddress', 'text')
        .addColumn('userAgent', 'text')
        .addColumn('userId', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
        .addColumn('impersonatedBy', 'text')
        .execute();
      await db.schema
        .createTable('account')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('accountId', 'text', (c) => c.notNull())
        .addColumn('providerId', 'text', (c) => c.notNull())
        .addColumn('userId', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
        .addColumn('accessToken', 'text')
        .addColumn('refreshToken', 'text')
        .addColumn('idToken', 'text')
        .addColumn('accessTokenExpiresAt', t.time)
        .addColumn('refreshTokenExpiresAt', t.time)
        .addColumn('scope', 'text')
        .addColumn('password', 'text')
        .addColumn('createdAt', t.time, (c) => c.notNull().defaultTo(now))
        .addColumn('updatedAt', t.time, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('verification')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('identifier', 'text', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('expiresAt', t.time, (c) => c.notNull())
        .addColumn('createdAt', t.time, (c) => c.notNull().defaultTo(now))
        .addColumn('updatedAt', t.time, (c) => c.notNull().defaultTo(now))
        .execute();
      await db.schema
        .createTable('rateLimit')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('key', 'text', (c) => c.notNull().unique())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addColumn('lastRequest', t.bigint, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('session_userId_idx').on('session').column('userId').execute();
      await db.schema.createIndex('account_userId_idx').on('account').column('userId').execute();
      await db.schema
        .createIndex('verification_identifier_idx')
        .on('verification')
        .column('identifier')
        .execute();
      await db.schema
        .createTable('setup_claim')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('claimed_at', t.bigint, (c) => c.notNull())
        .execute();
    },
  };
}
/**
 * The audit log: one row per recorded action. Times are epoch milliseconds in a bigint on both dialects, so one
 * query sorts and filters them the same way. Every index ends in `at` for newest-first paging within a filter.
 */
function audit(t: ColumnTypes): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('audit_event')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('at', t.bigint, (c) => c.notNull())
        .addColumn('actor_id', 'text')
        .addColumn('actor_email', 'text')
        .addColumn('actor_role', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('target_type', 'text')
        .addColumn('target_id', 'text')
        .addColumn('target_name', 'text')
        .addColumn('outcome', 'text', (c) => c.notNull().defaultTo('unknown'))
        .addColumn('status', 'integer')
        .addColumn('error_code', 'text')
        .addColumn('request_id', 'text')
        .addColumn('ip', 'text')
        .addColumn('user_agent', 'text')
        .addColumn('details', 'text')
        .execute();
      const indexes: Array<[string, string[]]> = [
        ['audit_event_at_idx', ['at', 'id']],
        ['audit_event_actor_email_idx', ['actor_email', 'at']],
        ['audit_event_actor_id_idx', ['actor_id', 'at']],
        ['audit_event_action_idx', ['action', 'at']],
        ['audit_event_target_id_idx', ['target_id', 'at']],
        ['audit_event_target_name_idx', ['target_name', 'at']],
        ['audit_event_outcome_idx', ['outcome', 'at']],
      ];
      for (const [name, columns] of indexes) {
        await db.schema.createIndex(name).on('audit_event').columns(columns).execute();
      }
    },
  };
}

/**
 * Invite links (only a hash of each token is kept; the link itself is shown once) and a lease lock, so that the
 * changes that could leave the dashboard without an admin run one at a time across processes and instances.
 */
function users(t: ColumnTypes): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('invite')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_by', 'text')
        .addColumn('created_at', t.bigint, (c) => c.notNull())
        .addColumn('expires_at', t.bigint, (c) => c.notNull())
        .addColumn('used_at', t.bigint)
        .execute();
      await db.schema.createIndex('invite_user_id_idx').on('invite').column('user_id').execute();
      await db.schema
        .createTable('console_lock')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('holder', 'text', (c) => c.notNull())
        .addColumn('expires_at', t.bigint, (c) => c.notNull())
        .execute();
    },
  };
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/** Every migration, by a name that sorts in the order they apply. Append; never edit one that has shipped. */
export function consoleMigrations(dialect: Dialect): Record<string, Migration> {
  const t = typesFor(dialect);
  return {
    '0001_accounts': accounts(t),
    '0002_audit': audit(t),
    '0003_users': users(t),
  };
}

/** Applies whatever has not run yet; throws with the failing migration's error. */
export async function migrateToLatest(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => consoleMigrations(dialect) };
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    throw new Error(
      `Database migration ${failed ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
