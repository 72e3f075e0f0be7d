import 'server-only';

import { createHash, randomBytes, randomUUID } from 'node:crypto';

import type { ConsoleDb } from '@/lib/db/connect';
import { INVITE_DAYS, INVITE_PATH_PREFIX, type InviteLink } from '@/lib/access/user-schemas';

import { type APIError, isAPIError } from 'better-auth/api';

import type { Auth } from './auth';
import { type PasswordContext, setPasswordWith } from './set-password';

/**
 * One-time invite links: an admin adds someone without choosing their password; the link lets that person set
 * it once, within 7 days. The token is 256 random bits shown once; only its SHA-256 is stored, so the database
 * can't hand out working links. A new link for the same person replaces any unused one.
 */

type Accounts = { auth: Auth; database: ConsoleDb };

const DAY_MS = 24 * 60 * 60 * 1000;
export const INVITE_TTL_MS = INVITE_DAYS * DAY_MS;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

export function invitePath(token: string): string {
  return `${INVITE_PATH_PREFIX}${encodeURIComponent(token)}`;
}

/** Makes a link for `userId`; `createdBy` is the admin's id, or null for `npm run users`. */
export async function createInvite(
  { db }: ConsoleDb,
  userId: string,
  createdBy: string | null,
  now = Date.now(),
): Promise<InviteLink & { token: string }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = now + INVITE_TTL_MS;
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('invite').where('user_id', '=', userId).where('used_at', 'is', null).execute();
    await trx
      .insertInto('invite')
      .values({
        id: randomUUID(),
        user_id: userId,
        token_hash: hashOf(token),
        created_by: createdBy,
        created_at: now,
        expires_at: expiresAt,
        used_at: null,
      })
      .execute();
  });
  return { token, path: invitePath(token), expiresAt: new Date(expiresAt).toISOString() };
}

export type InviteState =
  | { state: 'valid'; userId: string; name: string; email: string; expiresAt: string }
  | { state: 'used' | 'expired' | 'unknown' | 'disabled' };

/** What a link is worth right now, for the invite page and before accepting it. */
export async function findInvite({ db }: ConsoleDb, token: string, now = Date.now()): Promise<InviteState> {
  if (!token) return { state: 'unknown' };
  const row = await db
    .selectFrom('invite')
    .innerJoin('user', 'user.id', 'invite.user_id')
    .select([
      'invite.user_id',
      'invite.expires_at',
      'invite.used_at',
      'user.name',
      'user.email',
      'user.banned',
    ])
    .where('invite.token_hash', '=', hashOf(token))
    .executeTakeFirst();
  if (!row) return { state: 'unknown' };
  if (row.used_at !== null) return { state: 'used' };
  const expiresAt = Number(row.expires_at);
  if (expiresAt <= now) return { state: 'expired' };
  if (row.banned) return { state: 'disabled' };
  return {
    state: 'valid',
    userId: row.user_id,
    name: row.name,
    email: row.email,
    expiresAt: new Date(expiresAt).toISOString(),
  };
}

export type AcceptOutcome =
  { ok: true; userId: string; email: string } | { ok: false; reason: Exclude<InviteState['state'], 'valid'> };

/**
 * Uses the link: sets the person's password (better-auth hashes it) and ends any session they had, so a link
 * sent to reset a forgotten password also signs out whoever had the old one. The link is claimed first, by a
 * conditional update, so two tabs submitting at once can't both use it; if the password can't be set, the
 * claim is undone. `context` is better-auth's: this runs inside its endpoint (lib/auth/users-plugin.ts).
 */
export async function acceptInviteWith(
  database: ConsoleDb,
  context: PasswordContext,
  token: string,
  password: string,
  now = Date.now(),
): Promise<AcceptOutcome> {
  const found = await findInvite(database, token, now);
  if (found.state !== 'valid') return { ok: false, reason: found.state };
  const tokenHash = hashOf(token);
  const claimed = await database.db
    .updateTable('invite')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== 1) return { ok: false, reason: 'used' };
  try {
    await setPasswordWith(context, found.userId, password);
  } catch (error) {
    // Not used after all: the person can try again with the same link.
    await database.db
      .updateTable('invite')
      .set({ used_at: null })
      .where('token_hash', '=', tokenHash)
      .execute();
    throw error;
  }
  return { ok: true, userId: found.userId, email: found.email };
}

/** The codes better-auth's endpoint answers a link it won't take with. */
export const INVITE_ERROR_CODES: Record<Exclude<InviteState['state'], 'valid'>, string> = {
  used: 'INVITE_USED',
  expired: 'INVITE_EXPIRED',
  unknown: 'INVITE_UNKNOWN',
  disabled: 'ACCOUNT_DISABLED',
};

const REASON_OF_CODE = Object.fromEntries(
  Object.entries(INVITE_ERROR_CODES).map(([reason, code]) => [code, reason]),
) as Record<string, Exclude<InviteState['state'], 'valid'>>;

/**
 * Uses the link through better-auth (its endpoint, so its hooks see it), from a route handler or a test.
 * `headers` are the invited person's request's, for the record of who came from where.
 */
export async function acceptInvite(
  { auth }: Accounts,
  token: string,
  password: string,
  headers?: Headers,
): Promise<AcceptOutcome> {
  try {
    const { user } = await auth.api.consoleAcceptInvite({ body: { token, password }, headers });
    return { ok: true, userId: user.id, email: user.email };
  } catch (error) {
    const code = isAPIError(error) ? (error as APIError).body?.code : undefined;
    const reason = code ? REASON_OF_CODE[code] : undefined;
    if (reason) return { ok: false, reason };
    throw error;
  }
}

/** Users with a link still waiting to be used (for the Users page's "Invited" status). */
export async function pendingInvites({ db }: ConsoleDb): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('invite')
    .select(['user_id', 'expires_at'])
    .where('used_at', 'is', null)
    .execute();
  const pending = new Map<string, number>();
  for (const row of rows)
    pending.set(row.user_id, Math.max(pending.get(row.user_id) ?? 0, Number(row.expires_at)));
  return pending;
}
