import { describe, expect, it } from 'vitest';
import { utf8Bytes } from '@/lib/contract/bytes';
import { cloneName, suggestName } from './name';

describe('suggestName', () => {
  it('is adjective-noun-4hex', () => {
    for (let i = 0; i < 50; i++) expect(suggestName()).toMatch(/^[a-z]+-[a-z]+-[0-9a-f]{4}$/);
  });

  it('is deterministic for a given random source', () => {
    const fixed = () => 0;
    expect(suggestName(fixed)).toBe('amber-badger-0000');
  });

  it('varies between calls', () => {
    const names = new Set(Array.from({ length: 20 }, () => suggestName()));
    expect(names.size).toBeGreaterThan(15);
  });
});

describe('cloneName', () => {
  it('appends -copy', () => {
    expect(cloneName('worker')).toBe('worker-copy');
  });

  it('stays within 64 bytes, cutting whole characters', () => {
    const long = 'é'.repeat(40); // 80 bytes
    const name = cloneName(long);
    expect(name.endsWith('-copy')).toBe(true);
    expect(utf8Bytes(name)).toBeLessThanOrEqual(64);
    expect(utf8Bytes(name)).toBeGreaterThan(60);
  });
});
