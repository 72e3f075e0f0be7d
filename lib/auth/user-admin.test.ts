import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { ConsoleDb } from '@/lib/db/connect';
import { testDatabases } from '@/lib/db/test-databases';

import { actorFromSession } from './actor';
import {
  addPerson,
  emailOf,
  FIRST_ADMIN,
  firstAdmin,
  passwordOf,
  sessionHeaders,
  signInStatus,
  testAuth,
  type TestAccounts,
} from './test-accounts';
import {
  addUser,
  type Caller,
  changeRole,
  deleteUser,
  listUsers,
  resetPassword,
  setDisabled,
} from './user-admin';

const SYSTEM: Caller = { kind: 'system' };

describe.each(testDatabases())('managing users on $name', ({ open }) => {
  let database: ConsoleDb;
  let accounts: TestAccounts;
  let done: () => Promise<void>;
  let adaId: string;

  beforeEach(async () => {
    ({ db: database, done } = await open());
    accounts = { auth: testAuth(database), database };
    adaId = await firstAdmin(accounts);
  });
  afterEach(() => done());

  async function asAdmin(email = FIRST_ADMIN.email, password = FIRST_ADMIN.password): Promise<Caller> {
    const headers = await sessionHeaders(accounts.auth, email, password);
    const actor = await actorFromSession(accounts.auth, headers);
    return { kind: 'admin', actorId: actor!.id, headers };
  }

  async function roleOf(id: string) {
    return (await listUsers(accounts)).find((user) => user.id === id)?.role;
  }

  async function activeAdmins() {
    return (await listUsers(accounts)).filter((user) => user.role === 'admin' && user.status === 'active');
  }

  describe('the last active admin', () => {
    it('can’t be demoted, disabled or deleted, and the error says why', async () => {
      for (const attempt of [
        () => changeRole(accounts, SYSTEM, adaId, 'operator'),
        () => setDisabled(accounts, SYSTEM, adaId, true),
        () => deleteUser(accounts, SYSTEM, adaId),
      ]) {
        const outcome = await attempt();
        expect(outcome).toMatchObject({ ok: false, status: 409, code: 'last_admin' });
        expect(outcome.ok || outcome.message).toMatch(
          /Ada is the last active admin.*Make another user an admin first/,
        );
      }
      expect(await activeAdmins()).toHaveLength(1);
    });

    it('tells the admin themselves in their own words', async () => {
      const outcome = await setDisabled(accounts, await asAdmin(), adaId, true);
      expect(outcome).toMatchObject({ ok: false, code: 'last_admin' });
      expect(outcome.ok || outcome.message).toMatch(/^You are the last active admin/);
    });

    it('doesn’t count a disabled admin as one', async () => {
      const bob = await addPerson(accounts, 'Bob', 'admin');
      expect(await setDisabled(accounts, SYSTEM, bob, true)).toEqual({ ok: true, value: null });
      expect(await changeRole(accounts, SYSTEM, adaId, 'viewer')).toMatchObject({ code: 'last_admin' });
      // A disabled admin takes nobody away: they may be demoted or deleted.
      expect(await changeRole(accounts, SYSTEM, bob, 'viewer')).toEqual({ ok: true, value: null });
      expect(await deleteUser(accounts, SYSTEM, bob)).toEqual({ ok: true, value: null });
    });

    it('may be demoted, disabled or deleted once another admin exists', async () => {
      const bob = await addPerson(accounts, 'Bob', 'admin');
      const carol = await addPerson(accounts, 'Carol', 'admin');
      const bobAsAdmin = await asAdmin(emailOf('Bob'), passwordOf('Bob'));
      expect(await changeRole(accounts, bobAsAdmin, adaId, 'operator')).toEqual({ ok: true, value: null });
      expect(await roleOf(adaId)).toBe('operator');
      expect(await setDisabled(accounts, bobAsAdmin, carol, true)).toEqual({ ok: true, value: null });
      // Bob is the last active admin now; Ada (operator) can't act, and the CLI can't take him away.
      expect(await deleteUser(accounts, SYSTEM, bob)).toMatchObject({ code: 'last_admin' });
      expect(await setDisabled(accounts, SYSTEM, carol, false)).toEqual({ ok: true, value: null });
      expect(await deleteUser(accounts, SYSTEM, bob)).toEqual({ ok: true, value: null });
      expect((await activeAdmins()).map((user) => user.name)).toEqual(['Carol']);
    });

    it('survives two admins demoting each other at the same moment', async () => {
      const bob = await addPerson(accounts, 'Bob', 'admin');
      const [ada, bobCaller] = await Promise.all([asAdmin(), asAdmin(emailOf('Bob'), passwordOf('Bob'))]);
      const outcomes = await Promise.all([
        changeRole(accounts, ada, bob, 'viewer'),
        changeRole(accounts, bobCaller, adaId, 'viewer'),
      ]);
      expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
      // The other is refused: its actor is no longer an admin by the time its turn comes.
      expect(outcomes.find((outcome) => !outcome.ok)).toMatchObject({ status: 403, code: 'forbidden' });
      expect(await activeAdmins()).toHaveLength(1);
    });

    it('survives simultaneous demotions of every admin by the CLI, which has no actor to lose', async () => {
      const bob = await addPerson(accounts, 'Bob', 'admin');
      const carol = await addPerson(accounts, 'Carol', 'admin');
      const outcomes = await Promise.all([
        changeRole(accounts, SYSTEM, adaId, 'viewer'),
        setDisabled(accounts, SYSTEM, bob, true),
        deleteUser(accounts, SYSTEM, carol),
      ]);
      expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(2);
      expect(outcomes.find((outcome) => !outcome.ok)).toMatchObject({ status: 409, code: 'last_admin' });
      expect(await activeAdmins()).toHaveLength(1);
    });
  });

  describe('one’s own account', () => {
    it('no one changes their own role, disables or deletes themselves, even with another admin', async () => {
      await addPerson(accounts, 'Bob', 'admin');
      const ada = await asAdmin();
      const role = await changeRole(accounts, ada, adaId, 'operator');
      expect(role).toMatchObject({ ok: false, status: 403, code: 'own_account' });
      expect(role.ok || role.message).toBe("You can't change your own role (Admin). Another admin can.");
      expect(await setDisabled(accounts, ada, adaId, true)).toMatchObject({ code: 'own_account' });
      expect(await deleteUser(accounts, ada, adaId)).toMatchObject({ code: 'own_account' });
      expect(await roleOf(adaId)).toBe('admin');
    });
  });

  describe('an admin’s changes', () => {
    it('changes a role, which applies on the next request', async () => {
      const otto = await addPerson(accounts, 'Otto', 'viewer');
      const ottoHeaders = await sessionHeaders(accounts.auth, emailOf('Otto'), passwordOf('Otto'));
      expect(await changeRole(accounts, await asAdmin(), otto, 'operator')).toEqual({
        ok: true,
        value: null,
      });
      expect(await actorFromSession(accounts.auth, ottoHeaders)).toMatchObject({ role: 'operator' });
    });

    it('disabling ends their sessions at once; enabling lets them sign in again', async () => {
      const otto = await addPerson(accounts, 'Otto', 'operator');
      const ottoHeaders = await sessionHeaders(accounts.auth, emailOf('Otto'), passwordOf('Otto'));
      const ada = await asAdmin();
      expect(await setDisabled(accounts, ada, otto, true)).toEqual({ ok: true, value: null });
      expect(await actorFromSession(accounts.auth, ottoHeaders)).toBeNull();
      const sessions = await database.db
        .selectFrom('session')
        .select('id')
        .where('userId', '=', otto)
        .execute();
      expect(sessions).toEqual([]);
      expect(await signInStatus(accounts.auth, emailOf('Otto'), passwordOf('Otto'))).toBe(403);
      expect((await listUsers(accounts)).find((user) => user.id === otto)?.status).toBe('disabled');

      expect(await setDisabled(accounts, ada, otto, false)).toEqual({ ok: true, value: null });
      expect(await signInStatus(accounts.auth, emailOf('Otto'), passwordOf('Otto'))).toBe(200);
    });

    it('deletes a user, their sessions and their password', async () => {
      const otto = await addPerson(accounts, 'Otto', 'operator');
      const ottoHeaders = await sessionHeaders(accounts.auth, emailOf('Otto'), passwordOf('Otto'));
      expect(await deleteUser(accounts, await asAdmin(), otto)).toEqual({ ok: true, value: null });
      expect(await actorFromSession(accounts.auth, ottoHeaders)).toBeNull();
      expect(
        await database.db.selectFrom('account').select('id').where('userId', '=', otto).execute(),
      ).toEqual([]);
      expect(await deleteUser(accounts, await asAdmin(), otto)).toMatchObject({
        status: 404,
        code: 'not_found',
      });
    });

    it('refuses an admin who was demoted meanwhile, whatever their old session says', async () => {
      const bob = await addPerson(accounts, 'Bob', 'admin');
      const otto = await addPerson(accounts, 'Otto', 'viewer');
      const bobCaller = await asAdmin(emailOf('Bob'), passwordOf('Bob'));
      await changeRole(accounts, SYSTEM, bob, 'viewer');
      expect(await deleteUser(accounts, bobCaller, otto)).toMatchObject({ status: 403, code: 'forbidden' });
    });
  });

  describe('adding people', () => {
    it('with a first password: they can sign in with it', async () => {
      const outcome = await addUser(accounts, await asAdmin(), {
        access: 'password',
        name: 'Vera',
        email: 'vera@example.com',
        role: 'viewer',
        password: 'vera-password-123',
      });
      expect(outcome).toMatchObject({
        ok: true,
        value: { user: { name: 'Vera', email: 'vera@example.com', role: 'viewer', status: 'active' } },
      });
      expect(outcome.ok && outcome.value.invite).toBeUndefined();
      expect(await signInStatus(accounts.auth, 'vera@example.com', 'vera-password-123')).toBe(200);
    });

    it('with an invite: a link shown once, and no password until it is used', async () => {
      const outcome = await addUser(accounts, await asAdmin(), {
        access: 'invite',
        name: 'Ivan',
        email: 'ivan@example.com',
        role: 'operator',
      });
      if (!outcome.ok) throw new Error(outcome.message);
      expect(outcome.value.user).toMatchObject({ status: 'invited', role: 'operator' });
      expect(outcome.value.invite?.path).toMatch(/^\/invite\/[\w-]{43}$/);
      const stored = await database.db.selectFrom('invite').selectAll().execute();
      expect(stored).toHaveLength(1);
      expect(JSON.stringify(stored)).not.toContain(outcome.value.invite!.token);
    });

    it('refuses an email that already has an account, naming the field', async () => {
      const outcome = await addUser(accounts, SYSTEM, {
        access: 'invite',
        name: 'Ada again',
        email: FIRST_ADMIN.email,
        role: 'viewer',
      });
      expect(outcome).toMatchObject({ ok: false, status: 409, code: 'email_taken', field: 'email' });
    });
  });

  describe('better-auth’s own admin endpoints', () => {
    it('refuse the changes that could take an admin away, pointing to the Users page', async () => {
      const bob = await addPerson(accounts, 'Bob', 'admin');
      const headers = await sessionHeaders(accounts.auth, FIRST_ADMIN.email, FIRST_ADMIN.password);
      const post = (path: string, body: unknown) =>
        accounts.auth.handler(
          new Request(`http://localhost/api/auth/admin/${path}`, {
            method: 'POST',
            headers: { ...Object.fromEntries(headers), 'content-type': 'application/json' },
            body: JSON.stringify(body),
          }),
        );
      for (const [path, body] of [
        ['set-role', { userId: bob, role: 'viewer' }],
        ['ban-user', { userId: bob }],
        ['remove-user', { userId: bob }],
        ['update-user', { userId: bob, data: { role: 'viewer' } }],
        ['update-user', { userId: bob, data: { banned: true } }],
        ['impersonate-user', { userId: bob }],
      ] as const) {
        const response = await post(path, body);
        expect(response.status, path).toBe(403);
        expect(await response.json()).toMatchObject({ code: 'USE_USERS_PAGE' });
      }
      expect(await roleOf(bob)).toBe('admin');
      // Harmless edits still go through.
      expect((await post('update-user', { userId: bob, data: { name: 'Robert' } })).status).toBe(200);
    });
  });

  describe('the dashboard’s own better-auth endpoints', () => {
    it('are not served over HTTP, and answer only the rules’ own calls', async () => {
      const bob = await addPerson(accounts, 'Bob', 'admin');
      const headers = await sessionHeaders(accounts.auth, FIRST_ADMIN.email, FIRST_ADMIN.password);
      for (const path of [
        'set-role',
        'disable-user',
        'enable-user',
        'delete-user',
        'set-password',
        'accept-invite',
      ]) {
        const response = await accounts.auth.handler(
          new Request(`http://localhost/api/auth/console/${path}`, {
            method: 'POST',
            headers: { ...Object.fromEntries(headers), 'content-type': 'application/json' },
            body: JSON.stringify({
              userId: bob,
              role: 'viewer',
              newPassword: 'x'.repeat(20),
              token: 't',
              password: 'p',
            }),
          }),
        );
        expect(response.status, path).toBe(404);
      }
      // Server code that skipped lib/auth/user-admin (and so the lock and the rules) is refused too.
      await expect(accounts.auth.api.consoleDeleteUser({ body: { userId: bob } })).rejects.toMatchObject({
        body: { code: 'USE_USERS_PAGE' },
      });
      expect(await roleOf(bob)).toBe('admin');
    });
  });

  describe('the list', () => {
    it('shows role, status, creation and the last sign-in of an open session', async () => {
      const otto = await addPerson(accounts, 'Otto', 'operator');
      await sessionHeaders(accounts.auth, emailOf('Otto'), passwordOf('Otto'));
      const users = await listUsers(accounts);
      expect(users.map((user) => [user.name, user.role, user.status])).toEqual([
        ['Ada', 'admin', 'active'],
        ['Otto', 'operator', 'active'],
      ]);
      const listed = users.find((user) => user.id === otto)!;
      expect(Date.parse(listed.createdAt)).toBeGreaterThan(Date.now() - 60_000);
      expect(Date.parse(listed.lastSignInAt!)).toBeGreaterThan(Date.now() - 60_000);
      expect(users.find((user) => user.id === adaId)?.lastSignInAt).toBeNull();
    });
  });

  describe('reset-password', () => {
    it('sets a new password and ends the old sessions', async () => {
      const otto = await addPerson(accounts, 'Otto', 'operator');
      const headers = await sessionHeaders(accounts.auth, emailOf('Otto'), passwordOf('Otto'));
      expect(await resetPassword(accounts, otto, 'a-brand-new-password')).toEqual({ ok: true, value: null });
      expect(await actorFromSession(accounts.auth, headers)).toBeNull();
      expect(await signInStatus(accounts.auth, emailOf('Otto'), passwordOf('Otto'))).toBe(401);
      expect(await signInStatus(accounts.auth, emailOf('Otto'), 'a-brand-new-password')).toBe(200);
    });
  });
});
