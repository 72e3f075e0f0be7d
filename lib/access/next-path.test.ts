import { describe, expect, it } from 'vitest';

import { safeNextPath, signInHref } from './next-path';

describe('safeNextPath', () => {
  it('keeps a path of this dashboard, with its query and hash', () => {
    expect(safeNextPath('/sandboxes/new?template=python')).toBe('/sandboxes/new?template=python');
    expect(safeNextPath('/sandboxes?status=active#top')).toBe('/sandboxes?status=active#top');
    expect(safeNextPath('/audit')).toBe('/audit');
  });

  it.each([
    '//evil.example',
    '//evil.example/sandboxes',
    'https:evil.example',
    'https://evil.example',
    'http:/evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    'javascript:alert(1)',
    'evil.example',
    '',
    null,
    undefined,
  ])('sends %j home instead of off-site', (next) => {
    expect(safeNextPath(next)).toBe('/sandboxes');
  });

  it('never leads back to sign-in or setup (a loop)', () => {
    expect(safeNextPath('/sign-in?next=/sandboxes')).toBe('/sandboxes');
    expect(safeNextPath('/setup')).toBe('/sandboxes');
  });

  it('normalises dot segments without leaving the origin', () => {
    expect(safeNextPath('/sandboxes/../audit')).toBe('/audit');
    expect(safeNextPath('/../../etc')).toBe('/etc');
  });
});

describe('signInHref', () => {
  it('carries the page to come back to', () => {
    expect(signInHref('/sandboxes/new?from=abc')).toBe('/sign-in?next=%2Fsandboxes%2Fnew%3Ffrom%3Dabc');
  });
  it('says when the session ended mid-use', () => {
    expect(signInHref('/sandboxes/new', { expired: true })).toBe(
      '/sign-in?next=%2Fsandboxes%2Fnew&reason=expired',
    );
    expect(signInHref('/sandboxes', { expired: true })).toBe('/sign-in?reason=expired');
  });
  it('leaves next out when it would be the home page anyway', () => {
    expect(signInHref('/sandboxes')).toBe('/sign-in');
    expect(signInHref('//evil.example')).toBe('/sign-in');
  });
});
