import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { ConsoleDb } from '@/lib/db/connect';
import { testDatabases } from '@/lib/db/test-databases';

import { type Auth, createAuth } from './auth';
import { createFirstAdmin, hasUsers } from './setup';

describe.each(testDatabases())('accounts on $name', ({ open }) => {
  let database: ConsoleDb;
  let auth: Auth;
  let done: () => Promise<void>;

  beforeEach(async () => {
    ({ db: database, done } = await open());
    auth = createAuth({ database, secret: 's'.repeat(40), sessionDays: 7 });
  });

  afterEach(() => done());

  const admin = { name: 'Ada', email: 'ada@example.com', password: 'correct horse battery' };

  function signInRequest(email: string, password: string, ip = '203.0.113.7'): Request {
    return new Request('http://localhost/api/auth/sign-in/email', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost', 'x-forwarded-for': ip },
      body: JSON.stringify({ email, password }),
    });
  }

  /** Signs in and returns the session cookie, as a browser would keep it. */
  async function sessionCookie(email: string, password: string): Promise<string> {
    const response = await auth.handler(signInRequest(email, password));
    expect(response.status).toBe(200);
    return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  }

  describe('first-run setup', () => {
    it('creates one admin who can then sign in', async () => {
      expect(await hasUsers({ database })).toBe(false);
      const outcome = await createFirstAdmin({ auth, database }, admin);
      expect(outcome.ok).toBe(true);
      const response = await auth.handler(
        new Request('http://localhost/api/auth/sign-in/email', {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: 'http://localhost' },
          body: JSON.stringify({ email: admin.email, password: admin.password }),
        }),
      );
      expect(response.status).toBe(200);
      const cookie = response.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/console\.session_token=/);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      const session = await auth.api.getSession({ headers: new Headers({ cookie: cookie.split(';')[0]! }) });
      expect(session?.user).toMatchObject({ email: admin.email, role: 'admin' });
    });

    it('lets only one of two simultaneous setups through', async () => {
      const outcomes = await Promise.all([
        createFirstAdmin({ auth, database }, admin),
        createFirstAdmin({ auth, database }, { ...admin, email: 'bob@example.com' }),
      ]);
      expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
      expect(outcomes.filter((outcome) => !outcome.ok)).toEqual([{ ok: false, reason: 'closed' }]);
      const users = await database.db.selectFrom('user').select('email').execute();
      expect(users).toHaveLength(1);
    });

    it('is closed for good once a user exists', async () => {
      await createFirstAdmin({ auth, database }, admin);
      expect(await createFirstAdmin({ auth, database }, { ...admin, email: 'eve@example.com' })).toEqual({
        ok: false,
        reason: 'closed',
      });
    });
  });

  describe('sign-in rate limit', () => {
    it('answers 429 after 5 attempts a minute from one IP, and not for another IP', async () => {
      await createFirstAdmin({ auth, database }, admin);
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++)
        statuses.push((await auth.handler(signInRequest(admin.email, 'wrong password!'))).status);
      expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
      expect(statuses[5]).toBe(429);
      // Even the right password waits: the limit is on attempts, not on failures.
      expect((await auth.handler(signInRequest(admin.email, admin.password))).status).toBe(429);
      expect((await auth.handler(signInRequest(admin.email, admin.password, '198.51.100.9'))).status).toBe(
        200,
      );
    });
  });

  describe('changes to an account apply on the next request', () => {
    it('a changed role, a disabled user and a deleted user', async () => {
      const { actorFromSession } = await import('./actor');
      await createFirstAdmin({ auth, database }, admin);
      await auth.api.createUser({
        body: { name: 'Otto', email: 'otto@example.com', password: 'otto-password-1', role: 'operator' },
      });
      const cookie = await sessionCookie('otto@example.com', 'otto-password-1');
      const headers = new Headers({ cookie });
      expect(await actorFromSession(auth, headers)).toMatchObject({
        email: 'otto@example.com',
        role: 'operator',
      });

      const otto = await database.db
        .selectFrom('user')
        .select('id')
        .where('email', '=', 'otto@example.com')
        .executeTakeFirstOrThrow();
      await database.db.updateTable('user').set({ role: 'viewer' }).where('id', '=', otto.id).execute();
      expect(await actorFromSession(auth, headers)).toMatchObject({ role: 'viewer' });

      await database.db.updateTable('user').set({ banned: 1 }).where('id', '=', otto.id).execute();
      expect(await actorFromSession(auth, headers)).toBeNull();

      await database.db.updateTable('user').set({ banned: 0 }).where('id', '=', otto.id).execute();
      expect(await actorFromSession(auth, headers)).toMatchObject({ role: 'viewer' });
      await database.db.deleteFrom('user').where('id', '=', otto.id).execute();
      expect(await actorFromSession(auth, headers)).toBeNull();
    });
  });

  describe('where sign-in is accepted from', () => {
    it("the request's own host, by any of its names, and not another site", async () => {
      await createFirstAdmin({ auth, database }, admin);
      const from = (origin: string, host: string) =>
        new Request(`http://${host}/api/auth/sign-in/email`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            origin,
            host,
            'x-forwarded-for': `198.51.100.${host.length}`,
          },
          body: JSON.stringify({ email: admin.email, password: admin.password }),
        });
      expect((await auth.handler(from('http://127.0.0.1:3000', '127.0.0.1:3000'))).status).toBe(200);
      expect((await auth.handler(from('http://console.lan:3000', 'console.lan:3000'))).status).toBe(200);
      expect((await auth.handler(from('https://evil.example', '127.0.0.1:3000'))).status).toBe(403);
    });
  });
});
