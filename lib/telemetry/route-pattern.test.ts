import { readdirSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { isStaticAsset, routePatternOf, UNMATCHED } from './route-pattern';

describe('routePatternOf', () => {
  it.each([
    ['/', '/'],
    ['/sandboxes', '/sandboxes'],
    ['/sandboxes/', '/sandboxes'],
    ['/sandboxes/new', '/sandboxes/new'],
    ['/sandboxes/4f1c2d9e-0000-4000-8000-000000000001', '/sandboxes/:id'],
    ['/templates/my-template', '/templates/:id'],
    ['/templates/new', '/templates/new'],
    ['/invite/s3cr3t-invite-token', '/invite/:token'],
    ['/settings/users', '/settings/users'],
    ['/sign-in', '/sign-in'],
    ['/setup', '/setup'],
    ['/account', '/account'],
    ['/audit', '/audit'],
  ])('page %s → %s', (path, pattern) => {
    expect(routePatternOf(path)).toBe(pattern);
  });

  it.each([
    ['/api/auth/sign-in/email', '/api/auth/sign-in/email'],
    ['/api/auth/get-session', '/api/auth/get-session'],
    ['/api/auth/reset-password/secret-reset-token', '/api/auth/*'],
    ['/api/auth/oauth2/callback/corp', '/api/auth/oauth2/callback/:providerId'],
    ['/api/auth/callback/sso', '/api/auth/callback/:providerId'],
    ['/api/console/users/u-123', '/api/console/users/:id'],
    ['/api/console/users/u-123/invite', '/api/console/users/:id/invite'],
    ['/api/console/audit/sandboxes/abc', '/api/console/audit/sandboxes/:id'],
    ['/api/console/invites/accept', '/api/console/invites/accept'],
    ['/api/sandboxes/abc/exec/stream', '/api/sandboxes/:id/exec/stream'],
    ['/api/templates/t/builds/b/logs', '/api/templates/:id/builds/:id/logs'],
    ['/api/health', '/api/health'],
    ['/emulator/sandboxes/abc', '/emulator/sandboxes/:id'],
    ['/emulator/whatever/else', '/emulator/*'],
  ])('API %s → %s', (path, pattern) => {
    expect(routePatternOf(path)).toBe(pattern);
  });

  it('names the build’s files by their folder, and fixed files by name', () => {
    expect(routePatternOf('/_next/static/chunks/abc123.js')).toBe('/_next/static/*');
    expect(routePatternOf('/_next/image')).toBe('/_next/image');
    expect(routePatternOf('/_next/data/x.json')).toBe('/_next/*');
    expect(routePatternOf('/icon.svg')).toBe('/icon.svg');
    expect(routePatternOf('/metrics')).toBe('/metrics');
  });

  it('gives anything else one fixed word, so guesses do not make new series', () => {
    for (const path of [
      '/wp-admin',
      '/sandboxes/a/b',
      '/api/nope',
      '/api/sandboxes/a/b/c/d',
      '/%ff',
      '/.env',
    ]) {
      expect(routePatternOf(path)).toBe(UNMATCHED);
    }
  });

  it('never keeps a value from the path', () => {
    const secret = 'tok_9f8e7d6c5b4a';
    for (const path of [`/invite/${secret}`, `/api/auth/reset-password/${secret}`, `/sandboxes/${secret}`]) {
      expect(routePatternOf(path)).not.toContain(secret);
    }
  });
});

describe('isStaticAsset', () => {
  it('is the build’s files and the icons, not pages or the API', () => {
    expect(isStaticAsset('/_next/static/*')).toBe(true);
    expect(isStaticAsset('/icon.svg')).toBe(true);
    expect(isStaticAsset('/sandboxes/:id')).toBe(false);
    expect(isStaticAsset('/api/health')).toBe(false);
  });
});

describe('the pages it knows', () => {
  /** Every page of app/ as a URL path: route groups `(console)` dropped, `[id]` kept as a sample value. */
  function pagePaths(): string[] {
    const root = path.join(process.cwd(), 'app');
    return readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((file) => path.basename(file) === 'page.tsx')
      .map((file) => {
        const segments = path
          .dirname(file)
          .split(path.sep)
          .filter((segment) => segment !== '.' && !/^\(.*\)$/.test(segment))
          .map((segment) => (/^\[.+\]$/.test(segment) ? 'sample-value' : segment));
        return `/${segments.join('/')}`;
      });
  }

  it('has a pattern for every page in app/, so a new page is never logged as unmatched', () => {
    const pages = pagePaths();
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages)
      expect({ page, pattern: routePatternOf(page) }).not.toMatchObject({ pattern: UNMATCHED });
    // A dynamic segment's value never reaches the pattern.
    for (const page of pages) expect(routePatternOf(page)).not.toContain('sample-value');
  });
});
