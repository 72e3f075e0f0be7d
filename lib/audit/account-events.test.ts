import { asCheckedChange } from '@/lib/auth/users-plugin';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { AuditRecord } from '@/lib/audit-view/record';
import { type Auth, createAuth } from '@/lib/auth/auth';
import { createFirstAdmin } from '@/lib/auth/setup';
import type { ConsoleDb } from '@/lib/db/connect';
import { testDatabases } from '@/lib/db/test-databases';

import { type AuditLog, createAuditLog } from './store';
import type { AuditTrail } from './types';

const ADMIN = { name: 'Ada', email: 'ada@example.com', password: 'ada-password-123' };
const OTTO = { name: 'Otto', email: 'otto@example.com', password: 'otto-password-123' };
const BROWSER = { 'x-forwarded-for': '203.0.113.7, 10.0.0.1', 'user-agent': 'Mozilla/5.0 (test)' };

describe.each(testDatabases())('account events in the audit log on $name', ({ open }) => {
  let database: ConsoleDb;
  let done: () => Promise<void>;
  let audit: AuditLog;
  let auth: Auth;

  beforeEach(async () => {
    ({ db: database, done } = await open());
    audit = createAuditLog(database);
    auth = createAuth({ database, secret: 's'.repeat(40), sessionDays: 7, signInRateLimit: 100, audit });
  });
  afterEach(() => done());

  const all = async () => (await audit.query({ filters: {}, limit: 200 })).records;
  const latest = async (): Promise<AuditRecord> => (await all())[0]!;

  function post(path: string, body: unknown, headers: Record<string, string> = {}) {
    return auth.handler(
      new Request(`http://localhost/api/auth${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'http://localhost', ...BROWSER, ...headers },
        body: JSON.stringify(body),
      }),
    );
  }

  async function signIn(email: string, password: string): Promise<Headers> {
    const response = await post('/sign-in/email', { email, password });
    expect(response.status).toBe(200);
    return new Headers({ cookie: (response.headers.get('set-cookie') ?? '').split(';')[0]!, ...BROWSER });
  }

  async function withAdmin() {
    await createFirstAdmin({ auth, database }, ADMIN);
    return signIn(ADMIN.email, ADMIN.password);
  }

  async function addOtto(headers: Headers) {
    const { user } = await auth.api.createUser({ headers, body: { ...OTTO, role: 'operator' } });
    return user;
  }

  it('records first-run setup as the system', async () => {
    await createFirstAdmin({ auth, database }, ADMIN);
    expect(await latest()).toMatchObject({
      actor: { id: 'system', email: 'system', role: null },
      action: 'account.setup',
      target: { type: 'user', name: ADMIN.email },
      outcome: 'success',
      status: 200,
      details: { role: 'admin' },
    });
    expect((await latest()).target.id).toMatch(/\w+/);
  });

  it('records a sign-in with who, from where and the request id it answered with', async () => {
    await createFirstAdmin({ auth, database }, ADMIN);
    const response = await post('/sign-in/email', { email: ADMIN.email, password: ADMIN.password });
    const record = await latest();
    expect(record).toMatchObject({
      action: 'account.sign_in',
      actor: { email: ADMIN.email, role: 'admin' },
      target: { type: 'user', name: ADMIN.email },
      outcome: 'success',
      status: 200,
      ip: '203.0.113.7',
      userAgent: 'Mozilla/5.0 (test)',
    });
    expect(record.actor.id).toBe(record.target.id);
    expect(record.requestId).toBe(response.headers.get('x-request-id'));
  });

  it('records failed sign-ins with the email tried, never the password', async () => {
    await createFirstAdmin({ auth, database }, ADMIN);
    expect(
      (await post('/sign-in/email', { email: 'ADA@example.com', password: 'wrong-password-1' })).status,
    ).toBe(401);
    expect(
      (await post('/sign-in/email', { email: 'mallory@example.com', password: 'guess-password-2' })).status,
    ).toBe(401);
    const [unknown, wrong] = await all();
    for (const [record, email] of [
      [wrong, ADMIN.email],
      [unknown, 'mallory@example.com'],
    ] as const) {
      expect(record).toMatchObject({
        action: 'account.sign_in',
        actor: { id: null, email, role: null },
        outcome: 'failure',
        status: 401,
        errorCode: 'invalid_email_or_password',
      });
    }
    const everything = JSON.stringify(await database.db.selectFrom('audit_event').selectAll().execute());
    expect(everything).not.toContain('wrong-password-1');
    expect(everything).not.toContain('guess-password-2');
  });

  it('records a sign-out as the person who signed out', async () => {
    const headers = await withAdmin();
    await post('/sign-out', {}, { cookie: headers.get('cookie')! });
    expect(await latest()).toMatchObject({
      action: 'account.sign_out',
      actor: { email: ADMIN.email, role: 'admin' },
      target: { type: 'user', name: ADMIN.email },
      outcome: 'success',
    });
  });

  it('records what an admin does to users, with the admin as the actor', async () => {
    const headers = await withAdmin();
    const admin = { email: ADMIN.email, role: 'admin' };
    const otto = await addOtto(headers);
    const target = { type: 'user', id: otto.id, name: OTTO.email };
    expect(await latest()).toMatchObject({
      action: 'user.create',
      actor: admin,
      target,
      outcome: 'success',
      details: { role: 'operator' },
      ip: '203.0.113.7',
    });

    // The Users page and the CLI make these calls once the last-admin rules have passed (lib/auth/user-admin).
    await asCheckedChange(() => auth.api.setRole({ headers, body: { userId: otto.id, role: 'viewer' } }));
    expect(await latest()).toMatchObject({
      action: 'user.role_change',
      actor: admin,
      target,
      details: { role: 'viewer' },
    });

    await asCheckedChange(() => auth.api.banUser({ headers, body: { userId: otto.id } }));
    expect(await latest()).toMatchObject({
      action: 'user.disable',
      actor: admin,
      target,
      outcome: 'success',
    });

    await auth.api.unbanUser({ headers, body: { userId: otto.id } });
    expect(await latest()).toMatchObject({ action: 'user.enable', actor: admin, target, outcome: 'success' });

    await auth.api.setUserPassword({ headers, body: { userId: otto.id, newPassword: 'reset-password-42' } });
    expect(await latest()).toMatchObject({
      action: 'user.password_reset',
      actor: admin,
      target,
      outcome: 'success',
    });

    await asCheckedChange(() => auth.api.removeUser({ headers, body: { userId: otto.id } }));
    // The email is looked up before the user is gone.
    expect(await latest()).toMatchObject({ action: 'user.delete', actor: admin, target, outcome: 'success' });

    const everything = JSON.stringify(await database.db.selectFrom('audit_event').selectAll().execute());
    expect(everything).not.toContain('reset-password-42');
    expect(everything).not.toContain(OTTO.password);
  });

  it('records a refused change as a failure with the reason', async () => {
    const headers = await withAdmin();
    await expect(
      asCheckedChange(() => auth.api.setRole({ headers, body: { userId: 'no-such-user', role: 'viewer' } })),
    ).rejects.toThrow();
    expect(await latest()).toMatchObject({
      action: 'user.role_change',
      target: { type: 'user', id: 'no-such-user', name: null },
      outcome: 'failure',
      status: 404,
      errorCode: 'user_not_found',
    });
  });

  it('records a changed password as its owner', async () => {
    await withAdmin();
    await auth.api.createUser({ body: { ...OTTO, role: 'operator' } });
    const otto = await signIn(OTTO.email, OTTO.password);
    await auth.api.changePassword({
      headers: otto,
      body: { currentPassword: OTTO.password, newPassword: 'otto-new-password-1' },
    });
    expect(await latest()).toMatchObject({
      action: 'account.password_change',
      actor: { email: OTTO.email, role: 'operator' },
      target: { type: 'user', name: OTTO.email },
      outcome: 'success',
    });
  });

  it('records a server-side call without a session (the CLI) as the system', async () => {
    await createFirstAdmin({ auth, database }, ADMIN);
    await auth.api.createUser({ body: { ...OTTO, role: 'viewer' } });
    expect(await latest()).toMatchObject({
      action: 'user.create',
      actor: { id: 'system', email: 'system' },
      target: { name: OTTO.email },
      outcome: 'success',
      ip: null,
    });
  });

  it('records nothing for an admin endpoint called over HTTP without a session (refused, nothing happened)', async () => {
    await createFirstAdmin({ auth, database }, ADMIN);
    const before = (await all()).length;
    expect((await post('/admin/create-user', { ...OTTO, role: 'admin' })).status).toBe(401);
    expect(await all()).toHaveLength(before);
  });

  it('leaves reads alone', async () => {
    const headers = await withAdmin();
    const before = (await all()).length;
    await auth.api.getSession({ headers });
    await auth.api.listUsers({ headers, query: {} });
    expect(await all()).toHaveLength(before);
  });

  describe('when the audit log is down', () => {
    const failing = (): AuditTrail => ({
      record: async () => {
        throw new Error('database is locked');
      },
      complete: async () => undefined,
    });

    it('refuses the sign-in with 503, and no session is made', async () => {
      await createFirstAdmin({ auth, database }, ADMIN);
      const down = createAuth({ database, secret: 's'.repeat(40), sessionDays: 7, audit: failing() });
      const response = await down.handler(
        new Request('http://localhost/api/auth/sign-in/email', {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: 'http://localhost' },
          body: JSON.stringify({ email: ADMIN.email, password: ADMIN.password }),
        }),
      );
      expect(response.status).toBe(503);
      expect(response.headers.get('set-cookie') ?? '').not.toContain('session_token=');
      expect(await database.db.selectFrom('session').select('id').execute()).toHaveLength(0);
    });

    it('refuses a role change, and the role stays', async () => {
      const headers = await withAdmin();
      const otto = await addOtto(headers);
      const down = createAuth({ database, secret: 's'.repeat(40), sessionDays: 7, audit: failing() });
      await expect(
        asCheckedChange(() => down.api.setRole({ headers, body: { userId: otto.id, role: 'admin' } })),
      ).rejects.toMatchObject({
        statusCode: 503,
      });
      const row = await database.db
        .selectFrom('user')
        .select('role')
        .where('id', '=', otto.id)
        .executeTakeFirst();
      expect(row?.role).toBe('operator');
    });

    it('keeps outcome "unknown" when the answer could not be added', async () => {
      await createFirstAdmin({ auth, database }, ADMIN);
      const lost = createAuth({
        database,
        secret: 's'.repeat(40),
        sessionDays: 7,
        audit: { record: audit.record, complete: async () => Promise.reject(new Error('gone')) },
      });
      await lost.api.createUser({ body: { ...OTTO, role: 'viewer' } });
      expect(await latest()).toMatchObject({ action: 'user.create', outcome: 'unknown', status: null });
    });
  });

  it('leaves nothing on the log for a raw admin call the users rules refuse before it runs', async () => {
    const headers = await withAdmin();
    const before = (await all()).length;
    await expect(auth.api.setRole({ headers, body: { userId: 'anyone', role: 'viewer' } })).rejects.toThrow();
    expect(await all()).toHaveLength(before);
  });
});
