import 'server-only';

import { z } from 'zod';

import { MIN_PASSWORD_LENGTH } from '@/lib/access/account-schemas';

import { parseSsoSettings, type SsoSettings } from './sso-settings';

/**
 * The settings of the dashboard's own accounts and database, validated at start-up like the API settings
 * (lib/server/config.ts). Pure: every rule is unit-tested without touching process.env.
 */
export type AuthSettings = {
  /** postgres://… or undefined for SQLite in DATA_DIR. */
  databaseUrl?: string;
  /** CONSOLE_SECRET; undefined in local mode means "generate one into DATA_DIR". */
  secret?: string;
  /** The public origin behind a reverse proxy (https://console.example.com), used for cookies and the same-origin check. */
  publicUrl?: string;
  sessionDays: number;
  /** Sign-in attempts per minute and IP before better-auth answers 429. */
  signInRateLimit: number;
  /** The first administrator, created at start-up when no user exists (headless deployments). */
  bootstrapAdmin?: { email: string; password: string };
  /** Audit records older than this many days are pruned (at start-up, then hourly). */
  auditRetentionDays: number;
  /** Single sign-on through an OpenID Connect provider (OIDC_*), when configured. */
  sso?: SsoSettings;
};

export const DEFAULT_SESSION_DAYS = 7;
export const DEFAULT_SIGN_IN_RATE_LIMIT = 5;
export const MIN_SECRET_LENGTH = 32;
export const DEFAULT_AUDIT_RETENTION_DAYS = 90;

const blankIsUnset = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    schema.optional(),
  );

const Schema = z
  .object({
    DATABASE_URL: blankIsUnset(
      z.url({
        protocol: /^postgres(ql)?$/,
        error: 'must be a postgres:// URL, like postgres://user:pass@host:5432/console',
      }),
    ),
    CONSOLE_SECRET: blankIsUnset(
      z
        .string()
        .min(
          MIN_SECRET_LENGTH,
          `must be at least ${MIN_SECRET_LENGTH} characters (try: openssl rand -base64 32)`,
        ),
    ),
    CONSOLE_URL: blankIsUnset(
      z.url({
        protocol: /^https?$/,
        error: 'must be the public http(s):// origin, like https://console.example.com',
      }),
    ),
    CONSOLE_SESSION_DAYS: blankIsUnset(
      z
        .string()
        .regex(/^\d+$/, 'must be a whole number of days, like 7')
        .transform(Number)
        .pipe(z.number().min(1, 'must be at least 1 day').max(365, 'must be at most 365 days')),
    ),
    CONSOLE_SIGN_IN_RATE_LIMIT: blankIsUnset(
      z
        .string()
        .regex(/^\d+$/, 'must be a whole number of attempts per minute, like 5')
        .transform(Number)
        .pipe(z.number().min(1, 'must be at least 1').max(10_000, 'must be at most 10000')),
    ),
    AUDIT_RETENTION_DAYS: blankIsUnset(
      z
        .string()
        .regex(/^\d+$/, 'must be a whole number of days, like 90')
        .transform(Number)
        .pipe(z.number().min(1, 'must be at least 1 day').max(3650, 'must be at most 3650 days (10 years)')),
    ),
    CONSOLE_ADMIN_EMAIL: blankIsUnset(z.email({ error: 'must be an email address' })),
    CONSOLE_ADMIN_PASSWORD: blankIsUnset(
      z.string().min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`),
    ),
  })
  .refine((env) => Boolean(env.CONSOLE_ADMIN_EMAIL) === Boolean(env.CONSOLE_ADMIN_PASSWORD), {
    path: ['CONSOLE_ADMIN_PASSWORD'],
    message: 'and CONSOLE_ADMIN_EMAIL go together: set both, or neither',
  });

type Env = Record<string, string | undefined>;

/** Every problem, as "NAME message" lines (never the value: a secret or password may be in it). */
export function parseAuthSettings(env: Env, mode: 'local' | 'remote'): AuthSettings | { problems: string[] } {
  const parsed = Schema.safeParse(env);
  const sso = parseSsoSettings(env);
  if (!parsed.success || 'problems' in sso) {
    return {
      problems: [
        ...(parsed.success
          ? []
          : parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`)),
        ...('problems' in sso ? sso.problems : []),
      ],
    };
  }
  const s = parsed.data;
  if (mode === 'remote' && !s.CONSOLE_SECRET) {
    return {
      problems: [
        `CONSOLE_SECRET is required with SUPERSERVE_API_KEY: it signs the sessions of the people using your key (at least ${MIN_SECRET_LENGTH} characters; try: openssl rand -base64 32)`,
      ],
    };
  }
  return {
    databaseUrl: s.DATABASE_URL,
    secret: s.CONSOLE_SECRET,
    publicUrl: s.CONSOLE_URL ? new URL(s.CONSOLE_URL).origin : undefined,
    sessionDays: s.CONSOLE_SESSION_DAYS ?? DEFAULT_SESSION_DAYS,
    signInRateLimit: s.CONSOLE_SIGN_IN_RATE_LIMIT ?? DEFAULT_SIGN_IN_RATE_LIMIT,
    bootstrapAdmin:
      s.CONSOLE_ADMIN_EMAIL && s.CONSOLE_ADMIN_PASSWORD
        ? { email: s.CONSOLE_ADMIN_EMAIL, password: s.CONSOLE_ADMIN_PASSWORD }
        : undefined,
    auditRetentionDays: s.AUDIT_RETENTION_DAYS ?? DEFAULT_AUDIT_RETENTION_DAYS,
    sso: sso.sso,
  };
}
