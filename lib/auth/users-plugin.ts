import 'server-only';

import { AsyncLocalStorage } from 'node:async_hooks';

import type { BetterAuthPlugin } from 'better-auth';
import { APIError, createAuthEndpoint, createAuthMiddleware } from 'better-auth/api';
import { z } from 'zod';

import type { ConsoleDb } from '@/lib/db/connect';
import { INVITE_PROBLEMS, type InviteProblem } from '@/lib/access/user-schemas';

import { acceptInviteWith, INVITE_ERROR_CODES } from './invites';
import { setPasswordWith } from './set-password';

/**
 * The dashboard's users, inside better-auth, so that every change to an account passes through its endpoints
 * and hooks (the audit log records account events there):
 *
 * - The guard. better-auth's admin endpoints are served at /api/auth/admin/* to any admin; the ones that could
 *   demote, disable or delete someone (or act as someone else) would skip the dashboard's rules: the last active
 *   admin stays, no one changes their own role, all under one lock so two admins acting at once can't both pass.
 *   So they answer only calls made by lib/auth/user-admin.ts, which has applied the rules under the lock; a call
 *   from outside (a browser, curl) is turned away with a pointer to where the same change can be made. Adding
 *   users, enabling them and setting passwords can't remove an admin and stay open.
 * - Server-only endpoints (never on the HTTP router) for what has no better-auth endpoint: using an invite link,
 *   and the changes `npm run users` makes with no session to call the admin endpoints with ("system").
 */

// One per process, not per module copy: Next bundles route handlers and the start-up code separately, and the
// better-auth instance (made once, on globalThis) must see the flag set by whichever copy calls it.
const SLOT = Symbol.for('sandbox-console.checked-user-change');
const checked: AsyncLocalStorage<true> = ((globalThis as { [SLOT]?: AsyncLocalStorage<true> })[SLOT] ??=
  new AsyncLocalStorage<true>());

/** Runs `call` (an auth.api call) as one whose rules were already applied under the users lock. */
export function asCheckedChange<T>(call: () => Promise<T>): Promise<T> {
  return checked.run(true, call);
}

const RISKY_ROLE_KEYS = ['role', 'banned', 'banReason', 'banExpires'];

/** Whether an admin endpoint call could take an admin away or act as someone else. */
export function isRiskyAdminCall(path: string | undefined, body: unknown): boolean {
  switch (path) {
    case '/admin/set-role':
    case '/admin/ban-user':
    case '/admin/remove-user':
    case '/admin/impersonate-user':
      return true;
    case '/admin/update-user': {
      const data = (body as { data?: unknown } | undefined)?.data;
      if (typeof data !== 'object' || data === null) return false;
      return RISKY_ROLE_KEYS.some((key) => Object.prototype.hasOwnProperty.call(data, key));
    }
    default:
      return false;
  }
}

export const USERS_PAGE_ONLY =
  'Change roles, disable and delete users on the Users page (/settings/users), through /api/console/users, or with `npm run users`: they apply the rules that keep an admin.';

function requireChecked(): void {
  if (!checked.getStore()) {
    throw APIError.from('FORBIDDEN', { code: 'USE_USERS_PAGE', message: USERS_PAGE_ONLY });
  }
}

const SERVER_ONLY = { SERVER_ONLY: true } as const;
const UserId = z.object({ userId: z.string().min(1) });

/** The paths of the server-only endpoints, for whoever maps them (the audit log). */
export const USERS_PLUGIN_PATHS = {
  acceptInvite: '/console/accept-invite',
  setRole: '/console/set-role',
  disableUser: '/console/disable-user',
  enableUser: '/console/enable-user',
  deleteUser: '/console/delete-user',
  setPassword: '/console/set-password',
} as const;

const INVITE_STATUS: Record<InviteProblem, 'GONE' | 'NOT_FOUND' | 'CONFLICT'> = {
  used: 'GONE',
  expired: 'GONE',
  unknown: 'NOT_FOUND',
  disabled: 'CONFLICT',
};

export function usersPlugin(database: ConsoleDb) {
  return {
    id: 'console-users',
    hooks: {
      before: [
        {
          matcher: (context) => isRiskyAdminCall(context.path, context.body),
          handler: createAuthMiddleware(async () => requireChecked()),
        },
      ],
    },
    endpoints: {
      /** The invited person sets their password with the link's token (no session: they have none yet). */
      consoleAcceptInvite: createAuthEndpoint(
        USERS_PLUGIN_PATHS.acceptInvite,
        {
          method: 'POST',
          body: z.object({ token: z.string().min(1).max(200), password: z.string() }),
          metadata: SERVER_ONLY,
        },
        async (ctx) => {
          const outcome = await acceptInviteWith(database, ctx.context, ctx.body.token, ctx.body.password);
          if (!outcome.ok) {
            throw APIError.from(INVITE_STATUS[outcome.reason], {
              code: INVITE_ERROR_CODES[outcome.reason],
              message: INVITE_PROBLEMS[outcome.reason].detail,
            });
          }
          return ctx.json({ user: { id: outcome.userId, email: outcome.email } });
        },
      ),
      consoleSetRole: createAuthEndpoint(
        USERS_PLUGIN_PATHS.setRole,
        { method: 'POST', body: UserId.extend({ role: z.string().min(1) }), metadata: SERVER_ONLY },
        async (ctx) => {
          requireChecked();
          await ctx.context.internalAdapter.updateUser(ctx.body.userId, { role: ctx.body.role });
          return ctx.json({ ok: true });
        },
      ),
      consoleDisableUser: createAuthEndpoint(
        USERS_PLUGIN_PATHS.disableUser,
        { method: 'POST', body: UserId, metadata: SERVER_ONLY },
        async (ctx) => {
          requireChecked();
          const { internalAdapter } = ctx.context;
          await internalAdapter.updateUser(ctx.body.userId, {
            banned: true,
            banReason: 'Disabled with npm run users',
            banExpires: null,
          });
          await internalAdapter.deleteUserSessions(ctx.body.userId);
          return ctx.json({ ok: true });
        },
      ),
      consoleEnableUser: createAuthEndpoint(
        USERS_PLUGIN_PATHS.enableUser,
        { method: 'POST', body: UserId, metadata: SERVER_ONLY },
        async (ctx) => {
          requireChecked();
          await ctx.context.internalAdapter.updateUser(ctx.body.userId, {
            banned: false,
            banReason: null,
            banExpires: null,
          });
          return ctx.json({ ok: true });
        },
      ),
      consoleDeleteUser: createAuthEndpoint(
        USERS_PLUGIN_PATHS.deleteUser,
        { method: 'POST', body: UserId, metadata: SERVER_ONLY },
        async (ctx) => {
          requireChecked();
          await ctx.context.internalAdapter.deleteUserSessions(ctx.body.userId);
          await ctx.context.internalAdapter.deleteUser(ctx.body.userId);
          return ctx.json({ ok: true });
        },
      ),
      /** A new password chosen on the server (the CLI's reset): their sessions end with the old one. */
      consoleSetPassword: createAuthEndpoint(
        USERS_PLUGIN_PATHS.setPassword,
        { method: 'POST', body: UserId.extend({ newPassword: z.string() }), metadata: SERVER_ONLY },
        async (ctx) => {
          requireChecked();
          await setPasswordWith(ctx.context, ctx.body.userId, ctx.body.newPassword);
          return ctx.json({ ok: true });
        },
      ),
    },
  } satisfies BetterAuthPlugin;
}
