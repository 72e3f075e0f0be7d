import { describe, expect, it } from 'vitest';

import { parseAuthSettings } from './settings';
import { isEmailDomainAllowed, parseSsoSettings } from './sso-settings';

const SECRET = 'client-secret-do-not-print';
const TRIO = {
  OIDC_ISSUER: 'https://login.example.com/realms/main',
  OIDC_CLIENT_ID: 'sandbox-console',
  OIDC_CLIENT_SECRET: SECRET,
};

function problemsOf(env: Record<string, string | undefined>): string {
  const result = parseSsoSettings(env);
  return 'problems' in result ? result.problems.join('\n') : 'accepted';
}

describe('parseSsoSettings', () => {
  it('is off when none of the three is set, whatever else is', () => {
    expect(parseSsoSettings({})).toEqual({ sso: undefined });
    expect(parseSsoSettings({ OIDC_ISSUER: ' ', OIDC_CLIENT_ID: '', OIDC_DEFAULT_ROLE: 'operator' })).toEqual(
      {
        sso: undefined,
      },
    );
  });

  it('is on with the three, with a viewer default role, any domain and the label "SSO"', () => {
    expect(parseSsoSettings(TRIO)).toEqual({
      sso: {
        issuer: 'https://login.example.com/realms/main',
        clientId: 'sandbox-console',
        clientSecret: SECRET,
        defaultRole: 'viewer',
        allowedDomains: [],
        providerName: 'SSO',
      },
    });
  });

  it('reads the role, the domains (trimmed, lower-cased, without @ or repeats) and the label', () => {
    const result = parseSsoSettings({
      ...TRIO,
      OIDC_ISSUER: 'http://127.0.0.1:9000/',
      OIDC_DEFAULT_ROLE: 'operator',
      OIDC_ALLOWED_DOMAINS: ' Example.com, @corp.example,,example.com ',
      OIDC_PROVIDER_NAME: ' Okta ',
    });
    expect(result).toEqual({
      sso: expect.objectContaining({
        issuer: 'http://127.0.0.1:9000',
        defaultRole: 'operator',
        allowedDomains: ['example.com', 'corp.example'],
        providerName: 'Okta',
      }),
    });
  });

  it.each([
    [
      { OIDC_ISSUER: TRIO.OIDC_ISSUER },
      'OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are required with OIDC_ISSUER',
    ],
    [
      { OIDC_ISSUER: TRIO.OIDC_ISSUER, OIDC_CLIENT_ID: 'x' },
      'OIDC_CLIENT_SECRET is required with OIDC_ISSUER and OIDC_CLIENT_ID',
    ],
    [{ OIDC_CLIENT_SECRET: SECRET }, 'OIDC_ISSUER and OIDC_CLIENT_ID are required with OIDC_CLIENT_SECRET'],
    [
      { ...TRIO, OIDC_ISSUER: 'login.example.com' },
      'OIDC_ISSUER must be the provider’s http(s):// issuer URL',
    ],
    [{ ...TRIO, OIDC_ISSUER: 'ftp://login.example.com' }, 'OIDC_ISSUER must be the provider’s http(s)://'],
    [
      { ...TRIO, OIDC_ISSUER: 'https://login.example.com/?tenant=1' },
      'OIDC_ISSUER must be the issuer URL alone',
    ],
    [{ ...TRIO, OIDC_DEFAULT_ROLE: 'superuser' }, 'OIDC_DEFAULT_ROLE must be one of viewer, operator, admin'],
    [{ ...TRIO, OIDC_ALLOWED_DOMAINS: 'example.com, not a domain' }, 'not a domain: "not a domain"'],
    [
      { ...TRIO, OIDC_ALLOWED_DOMAINS: 'https://example.com' },
      'OIDC_ALLOWED_DOMAINS must be a comma-separated',
    ],
    [{ ...TRIO, OIDC_PROVIDER_NAME: 'x'.repeat(41) }, 'OIDC_PROVIDER_NAME must be at most 40 characters'],
  ])('names what is wrong with %j', (env, problem) => {
    expect(problemsOf(env)).toContain(problem);
  });

  it('never prints the client secret', () => {
    const messages = [
      problemsOf({ OIDC_CLIENT_SECRET: SECRET }),
      problemsOf({ ...TRIO, OIDC_ISSUER: 'nope', OIDC_DEFAULT_ROLE: 'root' }),
    ].join('\n');
    expect(messages).not.toContain(SECRET);
    expect(messages).toContain('OIDC_ISSUER');
  });
});

describe('parseAuthSettings with SSO', () => {
  it('carries the SSO settings, and reports their problems with the others', () => {
    expect(parseAuthSettings(TRIO, 'local')).toMatchObject({ sso: { clientId: 'sandbox-console' } });
    const result = parseAuthSettings({ CONSOLE_SESSION_DAYS: '0', OIDC_CLIENT_ID: 'x' }, 'local');
    expect('problems' in result && result.problems).toEqual([
      expect.stringContaining('CONSOLE_SESSION_DAYS'),
      expect.stringContaining('OIDC_ISSUER and OIDC_CLIENT_SECRET are required with OIDC_CLIENT_ID'),
    ]);
  });
});

describe('isEmailDomainAllowed', () => {
  it('admits any address when no domain is listed', () => {
    expect(isEmailDomainAllowed('anyone@anywhere.example', [])).toBe(true);
  });

  it('admits exactly the listed domains, in any letter case, and not their subdomains or look-alikes', () => {
    const allowed = ['example.com'];
    expect(isEmailDomainAllowed('sam@example.com', allowed)).toBe(true);
    expect(isEmailDomainAllowed('Sam@EXAMPLE.com', allowed)).toBe(true);
    expect(isEmailDomainAllowed('sam@eu.example.com', allowed)).toBe(false);
    expect(isEmailDomainAllowed('sam@example.com.evil.test', allowed)).toBe(false);
    expect(isEmailDomainAllowed('sam@notexample.com', allowed)).toBe(false);
    expect(isEmailDomainAllowed('example.com', allowed)).toBe(false);
    expect(isEmailDomainAllowed('"a@example.com"@evil.test', allowed)).toBe(false);
  });
});
