import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';

import { proxy } from '@/proxy';

import { contentSecurityPolicy, createNonce, nonceOf } from './csp';

const directives = (policy: string) =>
  new Map(policy.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]));

describe('contentSecurityPolicy', () => {
  it('allows scripts only with the nonce (and what they load), never inline or eval in production', () => {
    const policy = directives(contentSecurityPolicy({ nonce: 'abc123', dev: false }));
    expect(policy.get('script-src')).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  it("adds 'unsafe-eval' in development only", () => {
    expect(directives(contentSecurityPolicy({ nonce: 'n', dev: true })).get('script-src')).toContain(
      "'unsafe-eval'",
    );
  });
});

describe('createNonce', () => {
  it('is fresh each time and carries 128 bits', () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(atob(nonce)).toHaveLength(16);
  });
});

describe('nonceOf', () => {
  it('reads back the nonce of a policy, and nothing from a missing or nonce-less one', () => {
    const nonce = createNonce();
    expect(nonceOf(contentSecurityPolicy({ nonce, dev: false }))).toBe(nonce);
    expect(nonceOf(null)).toBeUndefined();
    expect(nonceOf("default-src 'self'")).toBeUndefined();
  });
});

// A fetch Request has no Host header of its own; Next passes on the one the browser sent.
const pageRequest = (url: string, headers: Record<string, string> = {}) =>
  new NextRequest(url, { headers: { host: new URL(url).host, ...headers } });

describe('proxy.ts', () => {
  it('sends the page a CSP with a new nonce, and hands Next the same policy to nonce its own scripts', () => {
    const first = proxy(pageRequest('http://localhost:3000/sandboxes'));
    const second = proxy(pageRequest('http://localhost:3000/sandboxes'));
    const policy = first.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
    expect(second.headers.get('content-security-policy')).not.toBe(policy);
    expect(first.headers.get('x-middleware-request-content-security-policy')).toBe(policy);
  });

  it('gives the API and a link prefetch no policy, only the checks', () => {
    const api = proxy(pageRequest('http://localhost:3000/api/sandboxes'));
    expect(api.headers.get('x-middleware-next')).toBe('1');
    expect(api.headers.get('content-security-policy')).toBeNull();
    const prefetch = proxy(pageRequest('http://localhost:3000/sandboxes', { purpose: 'prefetch' }));
    expect(prefetch.headers.get('content-security-policy')).toBeNull();
  });

  it('answers a hostile request itself, without a policy', () => {
    const rebound = proxy(pageRequest('http://localhost:3000/sandboxes', { host: 'evil.example:3000' }));
    expect(rebound.status).toBe(421);
    expect(rebound.headers.get('content-security-policy')).toBeNull();
    expect(proxy(pageRequest('http://localhost:3000/api/sandboxes/%ff')).status).toBe(400);
    expect(
      proxy(
        new NextRequest('http://localhost:3000/sandboxes', {
          method: 'PUT',
          headers: { host: 'localhost:3000' },
        }),
      ).status,
    ).toBe(405);
  });
});
