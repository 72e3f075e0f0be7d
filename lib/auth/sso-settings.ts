import 'server-only';

import { z } from 'zod';

import { ROLES, type Role } from '@/lib/access/permissions';

/**
 * Single sign-on through one OpenID Connect provider (OIDC_*), parsed like the other account settings: pure, every
 * rule unit-tested, problems named by variable and never by value (OIDC_CLIENT_SECRET is one).
 */
export type SsoSettings = {
  /** The provider's issuer, as it states it in its discovery document (https://login.example.com/realms/x). */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The role of a person whose first sign-in through SSO creates their account. */
  defaultRole: Role;
  /** Lower-case email domains allowed to sign in through SSO; empty means any domain the provider vouches for. */
  allowedDomains: string[];
  /** The button says "Sign in with <providerName>". */
  providerName: string;
};

export const DEFAULT_SSO_ROLE: Role = 'viewer';
export const DEFAULT_SSO_PROVIDER_NAME = 'SSO';
const MAX_PROVIDER_NAME_LENGTH = 40;

/** example.com, sub.example.co.uk: letters, digits and hyphens between dots, a top-level label of letters. */
const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

const blank = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());

const Schema = z.object({
  OIDC_ISSUER: optional(
    z
      .url({
        protocol: /^https?$/,
        error: 'must be the provider’s http(s):// issuer URL, like https://login.example.com/realms/main',
      })
      .refine((value) => {
        // zod runs this even when the URL check above failed; that failure is the one to report.
        if (!URL.canParse(value)) return true;
        const url = new URL(value);
        return !url.search && !url.hash && !url.username && !url.password;
      }, 'must be the issuer URL alone, without a query, a fragment or credentials'),
  ),
  OIDC_CLIENT_ID: optional(z.string().trim()),
  OIDC_CLIENT_SECRET: optional(z.string()),
  OIDC_DEFAULT_ROLE: optional(
    z.enum(ROLES, { error: `must be one of ${ROLES.join(', ')} (the role of a new SSO user)` }),
  ),
  OIDC_ALLOWED_DOMAINS: optional(z.string()),
  OIDC_PROVIDER_NAME: optional(
    z.string().trim().max(MAX_PROVIDER_NAME_LENGTH, `must be at most ${MAX_PROVIDER_NAME_LENGTH} characters`),
  ),
});

const TRIO = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const;

type Env = Record<string, string | undefined>;

/**
 * `{ sso }` (undefined when single sign-on is off) or every problem as "NAME message" lines. SSO is on when
 * OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are all set; one or two of them is a mistake worth stopping for.
 */
export function parseSsoSettings(env: Env): { sso: SsoSettings | undefined } | { problems: string[] } {
  const parsed = Schema.safeParse(env);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);

  const set = TRIO.filter((name) => blank(env[name]) !== undefined);
  if (set.length > 0 && set.length < TRIO.length) {
    const missing = TRIO.filter((name) => !set.includes(name));
    problems.push(
      `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} required with ${set.join(' and ')}: single sign-on needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together (set all three, or none)`,
    );
  }

  const domains = parseDomains(env.OIDC_ALLOWED_DOMAINS);
  if ('problem' in domains) problems.push(`OIDC_ALLOWED_DOMAINS ${domains.problem}`);

  if (problems.length > 0 || !parsed.success || 'problem' in domains) return { problems };
  const s = parsed.data;
  if (!s.OIDC_ISSUER || !s.OIDC_CLIENT_ID || !s.OIDC_CLIENT_SECRET) return { sso: undefined };
  return {
    sso: {
      // The issuer is compared with the discovery document's; a trailing slash is the one variation people type.
      issuer: s.OIDC_ISSUER.replace(/\/+$/, ''),
      clientId: s.OIDC_CLIENT_ID,
      clientSecret: s.OIDC_CLIENT_SECRET,
      defaultRole: s.OIDC_DEFAULT_ROLE ?? DEFAULT_SSO_ROLE,
      allowedDomains: domains.domains,
      providerName: s.OIDC_PROVIDER_NAME || DEFAULT_SSO_PROVIDER_NAME,
    },
  };
}

/** "example.com, @Corp.example" → ["example.com", "corp.example"]; empty entries are ignored. */
function parseDomains(value: string | undefined): { domains: string[] } | { problem: string } {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim().toLowerCase().replace(/^@/, ''))
    .filter(Boolean);
  const bad = entries.filter((entry) => !DOMAIN.test(entry));
  if (bad.length > 0) {
    const list = bad.map((entry) => `"${entry}"`).join(', ');
    return {
      problem: `must be a comma-separated list of email domains, like example.com,corp.example (not a domain: ${list})`,
    };
  }
  return { domains: [...new Set(entries)] };
}

/** Whether single sign-on may admit `email`: its domain is one of the allowed ones, exactly (no subdomains). */
export function isEmailDomainAllowed(email: string, allowedDomains: readonly string[]): boolean {
  if (allowedDomains.length === 0) return true;
  const at = email.lastIndexOf('@');
  if (at < 1) return false;
  return allowedDomains.includes(email.slice(at + 1).toLowerCase());
}
