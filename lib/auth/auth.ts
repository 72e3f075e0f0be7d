import 'server-only';

import { type BetterAuthPlugin, betterAuth } from 'better-auth';
import { nextCookies } from 'better-auth/next-js';
import { admin } from 'better-auth/plugins';
import { adminAc, defaultAc } from 'better-auth/plugins/admin/access';

import { accountAuditHooks } from '@/lib/audit/account-events';
import { createAuditLog } from '@/lib/audit/store';
import type { AuditTrail } from '@/lib/audit/types';
import type { ConsoleDb } from '@/lib/db/connect';

import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/access/account-schemas';
import { SIGN_IN_PATH } from '@/lib/access/next-path';

import { hostsOfRequest } from '@/lib/server/origin';

import { DEFAULT_SIGN_IN_RATE_LIMIT } from './settings';
import { ssoPlugin, ssoRules } from './sso';
import type { SsoSettings } from './sso-settings';
import { usersPlugin } from './users-plugin';

export type AuthOptions = {
  database: ConsoleDb;
  secret: string;
  /** The public origin, when the dashboard sits behind a reverse proxy; otherwise taken from each request. */
  publicUrl?: string;
  sessionDays: number;
  /** Sign-in attempts per minute and IP (CONSOLE_SIGN_IN_RATE_LIMIT). */
  signInRateLimit?: number;
  /** Where account events are recorded; the audit log in `database` unless given. */
  audit?: AuditTrail;
  /** Single sign-on through an OpenID Connect provider (OIDC_*), when configured. */
  sso?: SsoSettings;
};

const DAY_SECONDS = 24 * 60 * 60;

/** The session cookie is `console.session_token` (`__Secure-` in front over https). */
export const COOKIE_PREFIX = 'console';

/**
 * Where better-auth accepts sign-ins and other writes from: the public origin when CONSOLE_URL names it, else
 * the request's own host (as the proxy's same-origin check sees it), so `localhost`, `127.0.0.1` or a LAN address
 * all work without configuration while another site is still refused.
 */
export function trustedOriginsFor(publicUrl: string | undefined) {
  if (publicUrl) return [publicUrl];
  return (request?: Request) =>
    request ? [...hostsOfRequest(request)].flatMap((host) => [`http://${host}`, `https://${host}`]) : [];
}

/**
 * The dashboard's accounts, by better-auth: email and password, database sessions, the admin plugin for roles and
 * users, its own rate limiting. Nothing here hashes a password or makes a token by hand.
 *
 * Sessions are read from the database on every request (no cookie cache): a disabled user, a deleted user or a
 * changed role takes effect on the next request, on every instance sharing the database.
 */
export function createAuth({
  database,
  secret,
  publicUrl,
  sessionDays,
  signInRateLimit = DEFAULT_SIGN_IN_RATE_LIMIT,
  audit = createAuditLog(database),
  sso,
}: AuthOptions) {
  const ssoOptions = sso ? ssoRules(sso, database) : undefined;
  return betterAuth({
    appName: 'Sandbox Console',
    basePath: '/api/auth',
    baseURL: publicUrl,
    trustedOrigins: trustedOriginsFor(publicUrl),
    secret,
    database: { db: database.db, type: database.dialect },
    emailAndPassword: {
      enabled: true,
      // People are added by an admin (or first-run setup), never by signing themselves up.
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
    },
    session: {
      expiresIn: sessionDays * DAY_SECONDS,
      // Sliding expiry: a session used at least once a day never lapses while in use.
      updateAge: DAY_SECONDS,
      cookieCache: { enabled: false },
    },
    rateLimit: {
      enabled: true,
      // In the shared database, so several instances count together.
      storage: 'database',
      window: 60,
      max: 300,
      customRules: { '/sign-in/email': { window: 60, max: signInRateLimit } },
    },
    advanced: {
      cookiePrefix: COOKIE_PREFIX,
      // Explicit, so the checks hold everywhere: better-auth turns them off by default under a test runner.
      disableOriginCheck: false,
      disableCSRFCheck: false,
      // Secure cookies whenever the public origin is https; on a plain-http localhost they could not be sent back.
      useSecureCookies: publicUrl?.startsWith('https://') ?? false,
    },
    telemetry: { enabled: false },
    // A failed single sign-on comes back to the sign-in page with ?error=<code>, which it puts in words.
    onAPIError: { errorURL: SIGN_IN_PATH },
    user: ssoOptions?.user,
    account: ssoOptions?.account,
    databaseHooks: ssoOptions?.databaseHooks,
    plugins: [
      admin({
        defaultRole: 'viewer',
        adminRoles: ['admin'],
        roles: {
          admin: adminAc,
          // Operators and viewers manage no accounts; what they may do with sandboxes is lib/access's table.
          operator: defaultAc.newRole({ user: [], session: [] }),
          viewer: defaultAc.newRole({ user: [], session: [] }),
        },
      }),
      // The last-admin and own-account rules (the risky admin endpoints answer only lib/auth/user-admin.ts),
      // invite links and the CLI's changes, as better-auth endpoints.
      usersPlugin(database),
      ...(sso ? [ssoPlugin(sso)] : []),
      // Every account event (sign-in, sign-out, users added, roles changed…) into the audit log, whichever path
      // (the pages, the admin endpoints, `npm run users`) went through better-auth's endpoints. A plugin after the
      // users plugin, so a call its rules refuse before anything happens is not left on the log as "unknown".
      auditLogPlugin(accountAuditHooks(audit)),
      nextCookies(),
    ],
  });
}

/** better-auth runs plugins' hooks in plugin order, after the options' own: the log's place is chosen above. */
function auditLogPlugin(hooks: ReturnType<typeof accountAuditHooks>) {
  return {
    id: 'audit-log',
    hooks: {
      before: [{ matcher: () => true, handler: hooks.before }],
      after: [{ matcher: () => true, handler: hooks.after }],
    },
  } satisfies BetterAuthPlugin;
}

export type Auth = ReturnType<typeof createAuth>;
