import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { ConsoleDb } from '@/lib/db/connect';
import { testDatabases } from '@/lib/db/test-databases';

import { acceptInvite, createInvite, findInvite, INVITE_TTL_MS } from './invites';
import {
  addPerson,
  emailOf,
  firstAdmin,
  passwordOf,
  sessionHeaders,
  signInStatus,
  testAuth,
  type TestAccounts,
} from './test-accounts';
import { actorFromSession } from './actor';
import { addUser, listUsers, newInvite, setDisabled } from './user-admin';

const tokenOf = (path: string) => decodeURIComponent(path.split('/').at(-1)!);

describe.each(testDatabases())('invite links on $name', ({ open }) => {
  let database: ConsoleDb;
  let accounts: TestAccounts;
  let done: () => Promise<void>;

  beforeEach(async () => {
    ({ db: database, done } = await open());
    accounts = { auth: testAuth(database), database };
    await firstAdmin(accounts);
  });
  afterEach(() => done());

  async function invite(name = 'Ivan') {
    const outcome = await addUser(
      accounts,
      { kind: 'system' },
      { access: 'invite', name, email: emailOf(name), role: 'operator' },
    );
    if (!outcome.ok || !outcome.value.invite) throw new Error('no invite');
    return { userId: outcome.value.user.id, token: outcome.value.invite.token, link: outcome.value.invite };
  }

  it('is valid for 7 days and names who it is for', async () => {
    const before = Date.now();
    const { token, link } = await invite();
    expect(tokenOf(link.path)).toBe(token);
    const expires = Date.parse(link.expiresAt);
    expect(expires - before).toBeGreaterThanOrEqual(INVITE_TTL_MS - 1000);
    expect(expires - before).toBeLessThanOrEqual(INVITE_TTL_MS + 5000);
    expect(await findInvite(database, token)).toMatchObject({
      state: 'valid',
      name: 'Ivan',
      email: 'ivan@example.com',
    });
  });

  it('sets the password once; the person can then sign in with their role', async () => {
    const { token, userId } = await invite();
    expect(await signInStatus(accounts.auth, 'ivan@example.com', 'ivans-new-password')).toBe(401);
    expect(await acceptInvite(accounts, token, 'ivans-new-password')).toEqual({
      ok: true,
      userId,
      email: 'ivan@example.com',
    });
    const headers = await sessionHeaders(accounts.auth, 'ivan@example.com', 'ivans-new-password');
    expect(await actorFromSession(accounts.auth, headers)).toMatchObject({ id: userId, role: 'operator' });
    expect((await listUsers(accounts)).find((user) => user.id === userId)?.status).toBe('active');
  });

  it('says so when used again', async () => {
    const { token } = await invite();
    await acceptInvite(accounts, token, 'ivans-new-password');
    expect(await findInvite(database, token)).toEqual({ state: 'used' });
    expect(await acceptInvite(accounts, token, 'someone-elses-password')).toEqual({
      ok: false,
      reason: 'used',
    });
    expect(await signInStatus(accounts.auth, 'ivan@example.com', 'someone-elses-password')).toBe(401);
  });

  it('lets only one of two simultaneous uses through', async () => {
    const { token } = await invite();
    const outcomes = await Promise.all([
      acceptInvite(accounts, token, 'first-password-123'),
      acceptInvite(accounts, token, 'second-password-123'),
    ]);
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
    expect(outcomes.find((outcome) => !outcome.ok)).toEqual({ ok: false, reason: 'used' });
  });

  it('says so when expired, and the Users page shows it', async () => {
    const { token, userId } = await invite();
    const later = Date.now() + INVITE_TTL_MS + 1000;
    expect(await findInvite(database, token, later)).toEqual({ state: 'expired' });
    expect((await listUsers(accounts, later)).find((user) => user.id === userId)?.status).toBe(
      'invite_expired',
    );
    // Seven days on, as the server's own clock sees it.
    await database.db
      .updateTable('invite')
      .set({ expires_at: Date.now() - 1000 })
      .execute();
    expect(await acceptInvite(accounts, token, 'ivans-new-password')).toEqual({
      ok: false,
      reason: 'expired',
    });
    expect(await signInStatus(accounts.auth, 'ivan@example.com', 'ivans-new-password')).toBe(401);
  });

  it('knows nothing of a made-up or truncated token', async () => {
    const { token } = await invite();
    expect(await findInvite(database, 'made-up')).toEqual({ state: 'unknown' });
    expect(await findInvite(database, token.slice(0, -1))).toEqual({ state: 'unknown' });
    expect(await findInvite(database, '')).toEqual({ state: 'unknown' });
  });

  it('is not for a disabled account', async () => {
    const { token, userId } = await invite();
    await setDisabled(accounts, { kind: 'system' }, userId, true);
    expect(await acceptInvite(accounts, token, 'ivans-new-password')).toEqual({
      ok: false,
      reason: 'disabled',
    });
    expect(await newInvite(accounts, { kind: 'system' }, userId)).toMatchObject({
      ok: false,
      code: 'disabled',
    });
  });

  it('a new link replaces the unused one, and resets a forgotten password, signing out the old sessions', async () => {
    const otto = await addPerson(accounts, 'Otto', 'viewer');
    const headers = await sessionHeaders(accounts.auth, emailOf('Otto'), passwordOf('Otto'));
    const first = await createInvite(database, otto, null);
    const second = await newInvite(accounts, { kind: 'system' }, otto);
    if (!second.ok) throw new Error(second.message);
    expect(await findInvite(database, first.token)).toEqual({ state: 'unknown' });
    expect(await acceptInvite(accounts, second.value.token, 'ottos-new-password')).toMatchObject({
      ok: true,
    });
    expect(await actorFromSession(accounts.auth, headers)).toBeNull();
    expect(await signInStatus(accounts.auth, emailOf('Otto'), passwordOf('Otto'))).toBe(401);
    expect(await signInStatus(accounts.auth, emailOf('Otto'), 'ottos-new-password')).toBe(200);
  });
});
