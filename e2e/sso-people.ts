/**
 * Who the local OpenID provider (e2e/oidc-provider.ts) knows, and its one client. Apart from the provider so that
 * playwright.config.ts and the specs can read them without loading the provider package.
 */

export type SsoPerson = { email: string; name: string; emailVerified: boolean };

/** The domain the tests allow (OIDC_ALLOWED_DOMAINS). */
export const SSO_ALLOWED_DOMAIN = 'sso.test';

export const SSO_PEOPLE = {
  /** In the allowed domain, verified: SSO creates their account with OIDC_DEFAULT_ROLE. */
  member: { email: 'sam@sso.test', name: 'Sam Single', emailVerified: true },
  /** Outside the allowed domains: refused. */
  outsider: { email: 'olga@outside.test', name: 'Olga Outsider', emailVerified: true },
  /** In the allowed domain, but the provider does not vouch for the address. */
  unverified: { email: 'una@sso.test', name: 'Una Unverified', emailVerified: false },
  /** Verified; tests give them a password account first, to see SSO link to it. */
  linked: { email: 'lena@sso.test', name: 'Lena Linked', emailVerified: true },
} satisfies Record<string, SsoPerson>;

/** The dashboard's registration at the provider (OIDC_CLIENT_ID / OIDC_CLIENT_SECRET). */
export const SSO_CLIENT = { clientId: 'sandbox-console', clientSecret: 'sandbox-console-test-secret' };
