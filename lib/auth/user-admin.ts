import 'server-only';

import { randomBytes } from 'node:crypto';

import { type APIError, isAPIError } from 'better-auth/api';

import { LockTimeoutError, withLock } from '@/lib/db/lock';
import type { ConsoleDb } from '@/lib/db/connect';
import type { Role } from '@/lib/access/permissions';
import { isActiveAdmin, refusalFor, type RuleSubject, type UserChange } from '@/lib/access/user-rules';
import type { AddUserInput, InviteLink, UserSummary } from '@/lib/access/user-schemas';

import type { Auth } from './auth';
import { createInvite, pendingInvites } from './invites';
import { asCheckedChange } from './users-plugin';

/**
 * Managing people: the one place the Users page (through /api/console/users) and `npm run users` change
 * accounts. Every change that could take an admin away runs under the database's "users" lock and checks the
 * rules (lib/access/user-rules.ts) against the accounts as they are at that moment, so two admins demoting each
 * other at once leave one admin, whichever instance or process each request reaches.
 *
 * The write itself is better-auth's: for an admin, its admin endpoints with the admin's own session (so its
 * hooks, and the audit log's, see who did it); for the CLI, its internal adapter (no session: "system").
 */

export type Accounts = { auth: Auth; database: ConsoleDb };

/** Who asks: a signed-in admin (their request headers carry the session), or the CLI on the server. */
export type Caller = { kind: 'admin'; actorId: string; headers: Headers } | { kind: 'system' };

export type Failure = {
  ok: false;
  status: number;
  code: string;
  message: string;
  field?: 'email' | 'name' | 'role' | 'password';
};
export type Outcome<T> = { ok: true; value: T } | Failure;

const fail = (status: number, code: string, message: string, field?: Failure['field']): Failure => ({
  ok: false,
  status,
  code,
  message,
  ...(field ? { field } : {}),
});

const USERS_LOCK = 'users';

const NOT_FOUND = fail(404, 'not_found', 'This user no longer exists. Reload the list.');
const NO_LONGER_ADMIN = fail(
  403,
  'forbidden',
  'Your account is no longer an active admin, so it can’t manage users.',
);
const BUSY = fail(503, 'busy', 'Another change to users is in progress. Try again in a moment.');
const EMAIL_TAKEN = fail(409, 'email_taken', 'An account with this email already exists.', 'email');

const isoOf = (value: Date | string | number) => new Date(value).toISOString();

function subjectOf(row: { id: string; name: string; role: string | null; banned: unknown }): RuleSubject {
  return { id: row.id, name: row.name, role: row.role, disabled: Boolean(row.banned) };
}

async function findSubject({ db }: ConsoleDb, id: string): Promise<RuleSubject | undefined> {
  const row = await db
    .selectFrom('user')
    .select(['id', 'name', 'role', 'banned'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row && subjectOf(row);
}

async function countActiveAdmins({ db }: ConsoleDb): Promise<number> {
  // Counted here rather than in SQL: `banned` is a boolean on PostgreSQL and an integer on SQLite.
  const admins = await db.selectFrom('user').select(['role', 'banned']).where('role', '=', 'admin').execute();
  return admins.filter((row) => isActiveAdmin({ role: row.role, disabled: Boolean(row.banned) })).length;
}

/** An error from better-auth's endpoint, in the dashboard's words where we know them. */
function fromAuthError(error: unknown): Failure {
  // By name, not instanceof: Next may bundle better-auth's error class more than once.
  if (!isAPIError(error)) throw error;
  const { body: raw, statusCode, message } = error as APIError;
  const body = (raw ?? {}) as { code?: string; message?: string };
  if (body.code === 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL' || body.code === 'USER_ALREADY_EXISTS') {
    return EMAIL_TAKEN;
  }
  if (body.code === 'USER_NOT_FOUND') return NOT_FOUND;
  if (body.code === 'PASSWORD_TOO_SHORT' || body.code === 'PASSWORD_TOO_LONG') {
    return fail(400, 'bad_request', body.message ?? 'The password was not accepted.', 'password');
  }
  const status = statusCode >= 400 ? statusCode : 500;
  return fail(status, (body.code ?? 'auth_error').toLowerCase(), body.message ?? message);
}

/**
 * Applies `change` to `userId` under the lock, if the rules allow it. `write` makes the change through
 * better-auth once the rules have passed.
 */
async function guardedChange(
  { database }: Accounts,
  caller: Caller,
  userId: string,
  change: UserChange,
  write: () => Promise<void>,
): Promise<Outcome<null>> {
  try {
    return await withLock(database.db, USERS_LOCK, async () => {
      const actorId = caller.kind === 'admin' ? caller.actorId : null;
      if (actorId !== null) {
        const actor = await findSubject(database, actorId);
        if (!actor || !isActiveAdmin(actor)) return NO_LONGER_ADMIN;
      }
      const target = await findSubject(database, userId);
      if (!target) return NOT_FOUND;
      const refusal = refusalFor({
        actorId,
        target,
        change,
        activeAdmins: await countActiveAdmins(database),
      });
      if (refusal) return fail(refusal.code === 'last_admin' ? 409 : 403, refusal.code, refusal.message);
      try {
        await write();
      } catch (error) {
        return fromAuthError(error);
      }
      return { ok: true, value: null };
    });
  } catch (error) {
    if (error instanceof LockTimeoutError) return BUSY;
    throw error;
  }
}

/** A better-auth call made once the rules have passed under the lock (lib/auth/users-plugin.ts lets it through). */
async function checkedCall(call: () => Promise<unknown>): Promise<void> {
  await asCheckedChange(call);
}

export function changeRole(accounts: Accounts, caller: Caller, userId: string, role: Role) {
  const { api } = accounts.auth;
  return guardedChange(accounts, caller, userId, { kind: 'role', role }, () =>
    checkedCall(() =>
      caller.kind === 'admin'
        ? api.setRole({ headers: caller.headers, body: { userId, role } })
        : api.consoleSetRole({ body: { userId, role } }),
    ),
  );
}

/** Disabling ends every session of theirs at once; enabling lets them sign in again. */
export function setDisabled(accounts: Accounts, caller: Caller, userId: string, disabled: boolean) {
  const { api } = accounts.auth;
  const change: UserChange = disabled ? { kind: 'disable' } : { kind: 'enable' };
  return guardedChange(accounts, caller, userId, change, () =>
    checkedCall(() => {
      if (caller.kind === 'system') {
        return disabled
          ? api.consoleDisableUser({ body: { userId } })
          : api.consoleEnableUser({ body: { userId } });
      }
      const { headers } = caller;
      return disabled
        ? api.banUser({ headers, body: { userId, banReason: 'Disabled by an admin' } })
        : api.unbanUser({ headers, body: { userId } });
    }),
  );
}

export function deleteUser(accounts: Accounts, caller: Caller, userId: string) {
  const { api } = accounts.auth;
  return guardedChange(accounts, caller, userId, { kind: 'delete' }, () =>
    checkedCall(() =>
      caller.kind === 'admin'
        ? api.removeUser({ headers: caller.headers, body: { userId } })
        : api.consoleDeleteUser({ body: { userId } }),
    ),
  );
}

export type AddedUser = { user: UserSummary; invite?: InviteLink & { token: string } };

/**
 * Adds a person with a role, and either the first password the admin chose or a one-time invite link (returned
 * here, once; only its hash is kept). Adding can't take an admin away, so it needs no lock.
 */
export async function addUser(
  accounts: Accounts,
  caller: Caller,
  input: AddUserInput,
): Promise<Outcome<AddedUser>> {
  const { auth, database } = accounts;
  const existing = await database.db
    .selectFrom('user')
    .select('id')
    .where('email', '=', input.email)
    .executeTakeFirst();
  if (existing) return EMAIL_TAKEN;
  const body = {
    name: input.name,
    email: input.email,
    role: input.role,
    ...(input.access === 'password' ? { password: input.password } : {}),
  };
  let userId: string;
  try {
    const created =
      caller.kind === 'admin'
        ? await auth.api.createUser({ headers: caller.headers, body })
        : await auth.api.createUser({ body });
    userId = created.user.id;
  } catch (error) {
    return fromAuthError(error);
  }
  const invite =
    input.access === 'invite'
      ? await createInvite(database, userId, caller.kind === 'admin' ? caller.actorId : null)
      : undefined;
  const user = (await listUsers(accounts)).find((candidate) => candidate.id === userId);
  if (!user) return NOT_FOUND; // deleted in the meantime
  return { ok: true, value: invite ? { user, invite } : { user } };
}

/** A new one-time link for someone: for an invite that expired, or a forgotten password. Replaces an unused one. */
export async function newInvite(
  { database }: Accounts,
  caller: Caller,
  userId: string,
): Promise<Outcome<InviteLink & { token: string }>> {
  const target = await findSubject(database, userId);
  if (!target) return NOT_FOUND;
  if (target.disabled) {
    return fail(409, 'disabled', `${target.name} is disabled. Enable the account before sending a link.`);
  }
  return {
    ok: true,
    value: await createInvite(database, userId, caller.kind === 'admin' ? caller.actorId : null),
  };
}

/** A random password of 24 characters from a 144-bit secret, for the CLI's reset. */
export function randomPassword(): string {
  return randomBytes(18).toString('base64url');
}

/**
 * Sets a new password for someone (better-auth hashes it) and ends their sessions: for recovery without a
 * browser (`npm run users -- reset-password`). Their password is not one of the rules' concerns.
 */
export async function resetPassword(
  { auth, database }: Accounts,
  userId: string,
  password: string,
): Promise<Outcome<null>> {
  if (!(await findSubject(database, userId))) return NOT_FOUND;
  try {
    await checkedCall(() => auth.api.consoleSetPassword({ body: { userId, newPassword: password } }));
  } catch (error) {
    return fromAuthError(error);
  }
  return { ok: true, value: null };
}

/** Everyone, oldest first, with what the Users page shows of them. A dashboard has tens of users, not pages. */
export async function listUsers({ database }: Accounts, now = Date.now()): Promise<UserSummary[]> {
  const { db } = database;
  const [users, sessions, passwords, invites] = await Promise.all([
    db
      .selectFrom('user')
      .select(['id', 'name', 'email', 'role', 'banned', 'createdAt'])
      .orderBy('createdAt', 'asc')
      .orderBy('email', 'asc')
      .execute(),
    db.selectFrom('session').select(['userId', 'createdAt', 'expiresAt']).execute(),
    db.selectFrom('account').select('userId').where('providerId', '=', 'credential').execute(),
    pendingInvites(database),
  ]);
  const lastSignIn = new Map<string, number>();
  for (const session of sessions) {
    if (new Date(session.expiresAt).getTime() <= now) continue;
    const at = new Date(session.createdAt).getTime();
    if (at > (lastSignIn.get(session.userId) ?? 0)) lastSignIn.set(session.userId, at);
  }
  const withPassword = new Set(passwords.map((row) => row.userId));
  return users.map((row) => {
    const inviteExpiry = withPassword.has(row.id) ? undefined : invites.get(row.id);
    const status = row.banned
      ? 'disabled'
      : inviteExpiry === undefined
        ? 'active'
        : inviteExpiry > now
          ? 'invited'
          : 'invite_expired';
    const signedIn = lastSignIn.get(row.id);
    return {
      id: row.id,
      name: row.name,
      email: row.email,
      role: row.role,
      status,
      createdAt: isoOf(row.createdAt),
      lastSignInAt: signedIn === undefined ? null : isoOf(signedIn),
      inviteExpiresAt: inviteExpiry === undefined ? null : isoOf(inviteExpiry),
    };
  });
}

/** The id of the account with this email (emails are stored lower-case), for the CLI. */
export async function userIdByEmail({ database }: Accounts, email: string): Promise<string | undefined> {
  const row = await database.db
    .selectFrom('user')
    .select('id')
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  return row?.id;
}
