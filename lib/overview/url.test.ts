import { describe, expect, it } from 'vitest';
import { overviewHref, parseOverviewRefresh } from './url';

describe('overview URL', () => {
  it('reads an allowed refresh interval and falls back to off', () => {
    expect(parseOverviewRefresh(new URLSearchParams('refresh=15'))).toBe(15);
    expect(parseOverviewRefresh(new URLSearchParams('refresh=7'))).toBe('off');
    expect(parseOverviewRefresh({})).toBe('off');
  });

  it('writes a plain / when refresh is off', () => {
    expect(overviewHref('off')).toBe('/');
    expect(overviewHref(60)).toBe('/?refresh=60');
  });
});
