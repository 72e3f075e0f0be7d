/**
 * The dashboard's own tables, as Kysely sees them. The first four are better-auth's (user, session, account,
 * verification, with the admin plugin's columns); their names and columns are better-auth's, not ours, so they keep
 * its camelCase. The audit log and the setup claim are ours, in snake_case.
 *
 * Dates: PostgreSQL returns Date objects; SQLite stores what better-auth's adapter writes. Our own tables store
 * times as epoch milliseconds on both, so the same query sorts and filters them the same way.
 */
import type { Generated } from 'kysely';

type Timestamp = Date | string;

export type UserTable = {
  id: string;
  name: string;
  email: string;
  emailVerified: boolean | number;
  image: string | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  role: string | null;
  banned: boolean | number | null;
  banReason: string | null;
  banExpires: Timestamp | null;
};

export type SessionTable = {
  id: string;
  expiresAt: Timestamp;
  token: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  ipAddress: string | null;
  userAgent: string | null;
  userId: string;
  impersonatedBy: string | null;
};

export type AccountTable = {
  id: string;
  accountId: string;
  providerId: string;
  userId: string;
  accessToken: string | null;
  refreshToken: string | null;
  idToken: string | null;
  accessTokenExpiresAt: Timestamp | null;
  refreshTokenExpiresAt: Timestamp | null;
  scope: string | null;
  password: string | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
};

export type VerificationTable = {
  id: string;
  identifier: string;
  value: string;
  expiresAt: Timestamp;
  createdAt: Timestamp;
  updatedAt: Timestamp;
};

export type RateLimitTable = { id: string; key: string; count: number; lastRequest: number | string };

/** One row, ever: whoever inserts it runs first-run setup; a concurrent second setup hits the primary key. */
export type SetupClaimTable = { id: number; claimed_at: number | string };

/** A one-time invite link: only the SHA-256 of its token is stored. Times in epoch milliseconds. */
export type InviteTable = {
  id: string;
  user_id: string;
  token_hash: string;
  created_by: string | null;
  created_at: number | string;
  expires_at: number | string;
  used_at: number | string | null;
};

/** A lease lock by name (lib/db/lock.ts): whoever inserts the row holds it until it is deleted or expires. */
export type ConsoleLockTable = { name: string; holder: string; expires_at: number | string };

/**
 * One recorded action (lib/audit). `at` is epoch milliseconds (PostgreSQL returns a bigint as a string). `outcome`
 * is 'unknown' until the answer is known, then 'success' or 'failure' with the HTTP status and error code.
 * `details` is JSON text: what else is worth knowing (an exec's command, env var NAMES), never a secret.
 */
export type AuditEventTable = {
  id: string;
  at: number | string;
  actor_id: string | null;
  actor_email: string | null;
  actor_role: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  target_name: string | null;
  outcome: string;
  status: number | null;
  error_code: string | null;
  request_id: string | null;
  ip: string | null;
  user_agent: string | null;
  details: string | null;
};

export type ConsoleDatabase = {
  user: UserTable;
  session: SessionTable;
  account: AccountTable;
  verification: VerificationTable;
  rateLimit: RateLimitTable;
  setup_claim: SetupClaimTable;
  invite: InviteTable;
  console_lock: ConsoleLockTable;
  audit_event: AuditEventTable;
};

export type Dialect = 'sqlite' | 'postgres';
export type { Generated };
