import 'server-only';

import { AsyncLocalStorage } from 'node:async_hooks';

import type { BetterAuthPlugin } from 'better-auth';
import { APIError, createAuthMiddleware } from 'better-auth/api';

/**
 * better-auth's admin endpoints are served at /api/auth/admin/* to any admin. The ones that could demote, disable
 * or delete someone (or act as someone else) would skip the dashboard's rules: the last active admin stays, no
 * one changes their own role, all under one lock so two admins acting at once can't both pass. So those
 * endpoints answer only calls made by lib/auth/user-admin.ts, which has applied the rules under the lock; a call
 * from outside (a browser, curl) is turned away with a pointer to where the same change can be made.
 *
 * Adding users, enabling them and setting passwords can't remove an admin and stay open.
 */

// One per process, not per module copy: Next bundles route handlers and the start-up code separately, and the
// better-auth instance (made once, on globalThis) must see the flag set by whichever copy calls it.
const SLOT = Symbol.for('sandbox-console.checked-user-change');
const checked: AsyncLocalStorage<true> = ((globalThis as { [SLOT]?: AsyncLocalStorage<true> })[SLOT] ??=
  new AsyncLocalStorage<true>());

/** Runs `call` (an auth.api admin call) as one whose rules were already applied under the users lock. */
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

export function userRulesPlugin() {
  return {
    id: 'console-user-rules',
    hooks: {
      before: [
        {
          matcher: (context) => isRiskyAdminCall(context.path, context.body),
          handler: createAuthMiddleware(async () => {
            if (checked.getStore()) return;
            throw APIError.from('FORBIDDEN', { code: 'USE_USERS_PAGE', message: USERS_PAGE_ONLY });
          }),
        },
      ],
    },
  } satisfies BetterAuthPlugin;
}
