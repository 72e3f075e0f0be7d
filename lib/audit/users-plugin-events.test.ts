import { betterAuth } from 'better-auth';
import { createAuthEndpoint } from 'better-auth/api';
import { admin } from 'better-auth/plugins';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';

import type { ConsoleDb } from '@/lib/db/connect';
import { testDatabases } from '@/lib/db/test-databases';

import { accountAuditHooks } from './account-events';
import { type AuditLog, createAuditLog } from './store';

/**
 * The users plugin (lib/auth/users-plugin.ts) adds server-only endpoints for what `npm run users` changes without
 * a session and for accepting an invite. Its paths are mapped in account-events.ts; this stand-in has the same
 * paths and effects, so the mapping is tested here without the plugin itself.
 */
const standIn = {
  id: 'stand-in-users',
  endpoints: {
    consoleSetRole: createAuthEndpoint(
      '/console/set-role',
      {
        method: 'POST',
        body: z.object({ userId: z.string(), role: z.string() }),
        metadata: { SERVER_ONLY: true },
      },
      async (ctx) => {
        await ctx.context.internalAdapter.updateUser(ctx.body.userId, { role: ctx.body.role });
        return ctx.json({ ok: true });
      },
    ),
    consoleDisableUser: createAuthEndpoint(
      '/console/disable-user',
      { method: 'POST', body: z.object({ userId: z.string() }), metadata: { SERVER_ONLY: true } },
      async (ctx) => {
        await ctx.context.internalAdapter.updateUser(ctx.body.userId, { banned: true });
        return ctx.json({ ok: true });
      },
    ),
    consoleAcceptInvite: createAuthEndpoint(
      '/console/accept-invite',
      {
        method: 'POST',
        body: z.object({ token: z.string(), password: z.string() }),
        metadata: { SERVER_ONLY: true },
      },
      async (ctx) => {
        const user = await ctx.context.internalAdapter.findUserByEmail('otto@example.com');
        return ctx.json({ user: { id: user!.user.id, email: user!.user.email } });
      },
    ),
  },
};

describe.each(testDatabases())('the users plugin’s endpoints on the audit log on $name', ({ open }) => {
  let database: ConsoleDb;
  let done: () => Promise<void>;
  let audit: AuditLog;
  let auth: ReturnType<typeof make>;

  const make = () =>
    betterAuth({
      secret: 's'.repeat(40),
      database: { db: database.db, type: database.dialect },
      emailAndPassword: { enabled: true },
      plugins: [admin({ adminRoles: ['admin'], defaultRole: 'viewer' }), standIn],
      hooks: accountAuditHooks(audit),
      telemetry: { enabled: false },
    });

  beforeEach(async () => {
    ({ db: database, done } = await open());
    audit = createAuditLog(database);
    auth = make();
    await auth.api.createUser({
      body: { email: 'otto@example.com', name: 'Otto', password: 'otto-password-1', role: 'user' },
    });
  });
  afterEach(() => done());

  const latest = async () => (await audit.query({ filters: {}, limit: 1 })).records[0]!;

  it('records the CLI’s role change and disable as the system, on the user by email', async () => {
    const otto = await database.db.selectFrom('user').select('id').executeTakeFirstOrThrow();
    await auth.api.consoleSetRole({ body: { userId: otto.id, role: 'viewer' } });
    expect(await latest()).toMatchObject({
      actor: { id: 'system', email: 'system' },
      action: 'user.role_change',
      target: { type: 'user', id: otto.id, name: 'otto@example.com' },
      details: { role: 'viewer' },
      outcome: 'success',
    });
    await auth.api.consoleDisableUser({ body: { userId: otto.id } });
    expect(await latest()).toMatchObject({
      actor: { id: 'system' },
      action: 'user.disable',
      outcome: 'success',
    });
  });

  it('records an accepted invite as the invited person, never the password', async () => {
    await auth.api.consoleAcceptInvite({ body: { token: 'tok-123', password: 'first-password-99' } });
    const record = await latest();
    expect(record).toMatchObject({
      action: 'account.invite_accept',
      actor: { email: 'otto@example.com' },
      target: { type: 'user', name: 'otto@example.com' },
      outcome: 'success',
    });
    expect(record.actor.id).toBe(record.target.id);
    expect(JSON.stringify(record)).not.toContain('first-password-99');
    expect(JSON.stringify(record)).not.toContain('tok-123');
  });
});
