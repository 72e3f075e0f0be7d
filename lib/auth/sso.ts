import 'server-only';

import type { BetterAuthOptions } from 'better-auth';
import { genericOAuth } from 'better-auth/plugins';

import { SSO_ERRORS, SSO_PROVIDER_ID } from '@/lib/access/sso';
import type { ConsoleDb } from '@/lib/db/connect';

import { hasUsers } from './setup';
import { isEmailDomainAllowed, type SsoSettings } from './sso-settings';

/**
 * Single sign-on through one OpenID Connect provider, by better-auth's generic OAuth plugin: discovery, the
 * authorization-code flow with PKCE and a nonce, ID tokens checked against the provider's published keys. The
 * browser starts it with POST /api/auth/sign-in/social {provider: "sso"}; the provider sends people back to
 * /api/auth/callback/sso.
 */
export function ssoPlugin(sso: SsoSettings) {
  return genericOAuth({
    config: [
      {
        providerId: SSO_PROVIDER_ID,
        name: sso.providerName,
        discoveryUrl: `${sso.issuer}/.well-known/openid-configuration`,
        // Identity comes from the ID token: without the provider's keys to check it, the provider is not used.
        requireIdTokenVerification: true,
        clientId: sso.clientId,
        clientSecret: sso.clientSecret,
        // client_secret_basic: the token endpoint authentication every OpenID provider must accept.
        authentication: 'basic',
        scopes: ['openid', 'email', 'profile'],
        pkce: true,
        // Signing out ends the dashboard's session, not the person's session at their company's provider.
        disableProviderLogout: true,
      },
    ],
  });
}

type SsoRules = Required<Pick<BetterAuthOptions, 'user' | 'account' | 'databaseHooks'>>;

/**
 * Who single sign-on lets in, and as what. All of it is better-auth's own machinery; these are only its settings:
 *
 * - **Sign-up through SSO is allowed** (email sign-up stays disabled): the provider vouches for the person, and
 *   their account is created on first sign-in with OIDC_DEFAULT_ROLE.
 * - **OIDC_ALLOWED_DOMAINS** is checked on every SSO sign-in, not only the first, with the email the provider
 *   sends now, so an address that moves out of bounds is refused too. It does not apply to password sign-in.
 * - **Not before setup:** while no user exists, SSO creates nobody; the first admin comes from /setup (or
 *   CONSOLE_ADMIN_EMAIL), or the first SSO user would close setup without any admin existing.
 * - **Account linking:** a person whose email already has an account (say, added by an admin with a password) is
 *   linked to it, keeping its role, only when the provider says the email is verified (`email_verified: true`);
 *   otherwise the sign-in is refused with `account_not_linked`. Accounts added by an admin are not "verified" in
 *   better-auth's sense (no email is sent), so that local check is off: the provider's word is the one that counts.
 */
export function ssoRules(sso: SsoSettings, database: ConsoleDb): SsoRules {
  return {
    user: {
      async validateUserInfo({ user, source }) {
        if (source.method !== 'oauth' || source.oauth?.providerId !== SSO_PROVIDER_ID) return;
        if (!isEmailDomainAllowed(String(user.email ?? ''), sso.allowedDomains)) {
          return {
            error: SSO_ERRORS.domainNotAllowed,
            errorDescription: 'This email domain is not allowed to sign in with SSO.',
          };
        }
        if (source.action === 'create-user' && !(await hasUsers({ database }))) {
          return {
            error: SSO_ERRORS.setupRequired,
            errorDescription: 'Create the first administrator on the setup page first.',
          };
        }
      },
    },
    account: {
      accountLinking: { enabled: true, requireLocalEmailVerified: false },
    },
    databaseHooks: {
      user: {
        create: {
          // The admin plugin would give better-auth's default role; a person SSO signs up gets OIDC_DEFAULT_ROLE.
          async before(user, context) {
            if (!isSsoCallback(context)) return;
            return { data: { ...user, role: sso.defaultRole } };
          },
        },
      },
    },
  };
}

/** Whether a database write happens inside the provider's callback (/api/auth/callback/sso). */
function isSsoCallback(context: { path?: string; params?: unknown } | null | undefined): boolean {
  const params = context?.params as { id?: unknown } | undefined;
  return context?.path === '/callback/:id' && params?.id === SSO_PROVIDER_ID;
}
