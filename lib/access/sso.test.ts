import { describe, expect, it } from 'vitest';

import { SSO_CALLBACK_PATH, SSO_ERRORS, ssoProblem } from './sso';

describe('ssoProblem', () => {
  it('has nothing to say without an error', () => {
    expect(ssoProblem(undefined)).toBeUndefined();
    expect(ssoProblem('')).toBeUndefined();
  });

  it('puts our own refusals and better-auth’s codes in words', () => {
    expect(ssoProblem(SSO_ERRORS.domainNotAllowed)?.title).toBe(
      'This email domain can’t use single sign-on here',
    );
    expect(ssoProblem('account_not_linked')?.detail).toMatch(/didn’t confirm that the address is verified/);
    expect(ssoProblem('BANNED_USER')?.title).toBe('This account is disabled');
    expect(ssoProblem('state_mismatch')?.title).toBe('The sign-in took too long');
    expect(ssoProblem('access_denied')?.title).toBe('Single sign-on was cancelled');
  });

  it('names an unknown code that looks like one, and never repeats arbitrary text from the link', () => {
    expect(ssoProblem('invalid_code')?.detail).toMatch(/\(Error: invalid_code\.\)$/);
    const phishing = ssoProblem('Call 555-0100 to restore your account');
    expect(phishing?.title).toBe('Couldn’t sign in with SSO');
    expect(phishing?.detail).not.toContain('555');
  });

  it('does not mistake Object.prototype’s names for codes', () => {
    expect(ssoProblem('constructor')?.title).toBe('Couldn’t sign in with SSO');
    expect(ssoProblem('__proto__')?.title).toBe('Couldn’t sign in with SSO');
  });

  it('names the callback the identity provider must allow', () => {
    expect(SSO_CALLBACK_PATH).toBe('/api/auth/callback/sso');
  });
});
