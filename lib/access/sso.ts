/**
 * Single sign-on, as the browser and the server both name it: the provider id better-auth routes by
 * (/api/auth/callback/sso), the error codes of our own rules, and what the sign-in page says for each code
 * better-auth puts in `?error=` when a sign-in through the provider fails. Pure and browser-safe.
 */

/** better-auth's id for the one OpenID Connect provider; the provider must accept <origin>/api/auth/callback/sso. */
export const SSO_PROVIDER_ID = 'sso';

/** The path the identity provider sends people back to (register <public origin> + this as the redirect URI). */
export const SSO_CALLBACK_PATH = `/api/auth/callback/${SSO_PROVIDER_ID}`;

/** Our own refusals (lib/auth/sso.ts), next to better-auth's codes below. */
export const SSO_ERRORS = {
  domainNotAllowed: 'email_domain_not_allowed',
  setupRequired: 'setup_required',
} as const;

export type SsoProblem = { title: string; detail: string };

const TRY_AGAIN = 'Try signing in with SSO again. If it keeps failing, ask an admin of this dashboard.';

/**
 * What the sign-in page says for `?error=<code>`. The page never shows `error_description`: anyone can put words in
 * a link, so only this table's sentences (and a code that looks like one) are shown.
 */
const MESSAGES = new Map<string, SsoProblem>(
  Object.entries({
    [SSO_ERRORS.domainNotAllowed]: {
      title: 'This email domain can’t use single sign-on here',
      detail:
        'Your identity provider signed you in with an address outside the domains this dashboard accepts. Use your work account, or ask an admin to add you.',
    },
    [SSO_ERRORS.setupRequired]: {
      title: 'This dashboard isn’t set up yet',
      detail:
        'The first administrator is created on the setup page, with a password. Single sign-on works after that.',
    },
    account_not_linked: {
      title: 'An account with this email already exists',
      detail:
        'Your identity provider didn’t confirm that the address is verified, so it wasn’t linked to that account. Sign in with your email and password, or ask an admin.',
    },
    signup_disabled: {
      title: 'No account for this sign-in',
      detail: 'Ask an admin of this dashboard to add you.',
    },
    banned_user: {
      title: 'This account is disabled',
      detail: 'Ask an admin to enable it.',
    },
    access_denied: {
      title: 'Single sign-on was cancelled',
      detail: 'The identity provider didn’t sign you in. Try again, or sign in with your email and password.',
    },
    email_not_found: {
      title: 'Your identity provider didn’t share an email address',
      detail:
        'This dashboard needs one to know who you are. Ask an admin to check the provider’s “email” scope.',
    },
    email_not_verified: {
      title: 'Your email address isn’t verified',
      detail: 'Verify it with your identity provider, then try again.',
    },
  }),
);

const EXPIRED: SsoProblem = {
  title: 'The sign-in took too long',
  detail: 'It may have been started in another tab or window. Try signing in with SSO again.',
};
for (const code of ['state_not_found', 'state_mismatch', 'invalid_state', 'please_restart_the_process'])
  MESSAGES.set(code, EXPIRED);

/** A code as better-auth and identity providers write them: short, lower-case words and underscores. */
const CODE = /^[a-z][a-z0-9_]{0,63}$/;

/** The words for an SSO failure, from `?error=` alone; undefined when there is no error to show. */
export function ssoProblem(code: string | undefined): SsoProblem | undefined {
  if (!code) return undefined;
  const normalized = code.trim().toLowerCase();
  // A Map, not an object: ?error=constructor must not find Object.prototype's.
  const known = MESSAGES.get(normalized);
  if (known) return known;
  return {
    title: 'Couldn’t sign in with SSO',
    detail: CODE.test(normalized) ? `${TRY_AGAIN} (Error: ${normalized}.)` : TRY_AGAIN,
  };
}
