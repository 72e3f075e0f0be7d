import { describe, expect, it } from 'vitest';

import { guardRequest } from '@/lib/server/request-guard';

import { metricsAccess, tokensMatch } from './metrics-access';

const token = 'metrics-token-0123456789abcdef';

describe('metricsAccess', () => {
  it('is 404 on the main port when no token is configured, whatever is sent', () => {
    expect(metricsAccess(null, undefined)).toBe('not_found');
    expect(metricsAccess(`Bearer ${token}`, undefined)).toBe('not_found');
  });

  it('allows exactly the configured bearer token', () => {
    expect(metricsAccess(`Bearer ${token}`, token)).toBe('allowed');
    expect(metricsAccess(`bearer ${token}`, token)).toBe('allowed');
  });

  it('refuses a missing, wrong or differently sent token', () => {
    for (const header of [
      null,
      '',
      'Bearer',
      `Bearer ${token}x`,
      `Bearer ${token.slice(1)}`,
      token,
      `Basic ${Buffer.from(`x:${token}`).toString('base64')}`,
      `Bearer ${token} extra`,
    ]) {
      expect(metricsAccess(header, token)).toBe('unauthorized');
    }
  });
});

describe('tokensMatch', () => {
  it('compares values of any length', () => {
    expect(tokensMatch('a', 'a')).toBe(true);
    expect(tokensMatch('a', 'ab')).toBe(false);
    expect(tokensMatch('', token)).toBe(false);
  });
});

describe('the request guard in front of /metrics (proxy.ts)', () => {
  const guard = (method: string) =>
    guardRequest({ method, pathname: '/metrics', host: '127.0.0.1:3000' }, { names: new Set() });

  it('lets GET and HEAD through, without a session, and refuses other methods with 405', () => {
    expect(guard('GET')).toBeUndefined();
    expect(guard('HEAD')).toBeUndefined();
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const refusal = guard(method);
      expect(refusal?.status).toBe(405);
      expect(refusal?.headers.get('allow')).toBe('GET, HEAD');
    }
  });
});
