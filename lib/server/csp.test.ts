import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';

import { proxy } from '@/proxy';

import { contentSecurityPolicy, createNonce } from './csp';

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

describe('proxy.ts', () => {
  it('sends the page a CSP with a new nonce, and hands Next the same policy to nonce its own scripts', () => {
    const first = proxy(new NextRequest('http://localhost:3000/sandboxes'));
    const second = proxy(new NextRequest('http://localhost:3000/sandboxes'));
    const policy = first.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
    expect(second.headers.get('content-security-policy')).not.toBe(policy);
    expect(first.headers.get('x-middleware-request-content-security-policy')).toBe(policy);
  });
});
