import { describe, expect, it } from 'vitest';

import { parseAuthSettings } from './settings';

describe('parseAuthSettings', () => {
  it('needs nothing in local mode: SQLite, a generated secret, 7-day sessions, 5 sign-ins a minute', () => {
    expect(parseAuthSettings({}, 'local')).toEqual({
      databaseUrl: undefined,
      secret: undefined,
      publicUrl: undefined,
      sessionDays: 7,
      signInRateLimit: 5,
      bootstrapAdmin: undefined,
      auditRetentionDays: 90,
    });
  });

  it('reads every setting, and takes the origin of CONSOLE_URL', () => {
    const settings = parseAuthSettings(
      {
        DATABASE_URL: 'postgres://console:pw@db:5432/console',
        CONSOLE_SECRET: 'x'.repeat(40),
        CONSOLE_URL: 'https://console.example.com/',
        CONSOLE_SESSION_DAYS: '30',
        CONSOLE_SIGN_IN_RATE_LIMIT: '10',
        CONSOLE_ADMIN_EMAIL: 'ops@example.com',
        CONSOLE_ADMIN_PASSWORD: 'a long enough password',
        AUDIT_RETENTION_DAYS: '365',
      },
      'remote',
    );
    expect(settings).toEqual({
      databaseUrl: 'postgres://console:pw@db:5432/console',
      secret: 'x'.repeat(40),
      publicUrl: 'https://console.example.com',
      sessionDays: 30,
      signInRateLimit: 10,
      bootstrapAdmin: { email: 'ops@example.com', password: 'a long enough password' },
      auditRetentionDays: 365,
    });
  });

  it('treats blank values as unset', () => {
    expect(parseAuthSettings({ DATABASE_URL: ' ', CONSOLE_SECRET: '' }, 'local')).toMatchObject({
      databaseUrl: undefined,
      secret: undefined,
    });
  });

  it.each([
    [{ CONSOLE_SESSION_DAYS: '0' }, 'CONSOLE_SESSION_DAYS must be at least 1 day'],
    [{ CONSOLE_SESSION_DAYS: 'week' }, 'CONSOLE_SESSION_DAYS must be a whole number of days'],
    [{ AUDIT_RETENTION_DAYS: '0' }, 'AUDIT_RETENTION_DAYS must be at least 1 day'],
    [{ AUDIT_RETENTION_DAYS: '90d' }, 'AUDIT_RETENTION_DAYS must be a whole number of days'],
    [{ CONSOLE_URL: 'console.example.com' }, 'CONSOLE_URL must be the public http(s):// origin'],
    [
      { CONSOLE_ADMIN_EMAIL: 'ops@example.com' },
      'CONSOLE_ADMIN_PASSWORD and CONSOLE_ADMIN_EMAIL go together',
    ],
    [
      { CONSOLE_ADMIN_EMAIL: 'ops@example.com', CONSOLE_ADMIN_PASSWORD: 'short' },
      'CONSOLE_ADMIN_PASSWORD must be at least 12 characters',
    ],
  ])('names what is wrong with %j', (env, problem) => {
    const result = parseAuthSettings(env, 'local');
    expect('problems' in result ? result.problems.join('\n') : 'accepted').toContain(problem);
  });

  it('requires CONSOLE_SECRET in remote mode only', () => {
    const remote = parseAuthSettings({}, 'remote');
    expect('problems' in remote && remote.problems[0]).toMatch(/^CONSOLE_SECRET is required/);
    expect('problems' in parseAuthSettings({}, 'local')).toBe(false);
  });
});
