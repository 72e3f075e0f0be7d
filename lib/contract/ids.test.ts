import { describe, expect, it } from 'vitest';
import { isUuid } from './ids';

describe('isUuid', () => {
  it('accepts UUIDs in either case', () => {
    expect(isUuid('3f2a9c1e-8b7d-4e6f-9a0b-1c2d3e4f5a6b')).toBe(true);
    expect(isUuid('3F2A9C1E-8B7D-4E6F-9A0B-1C2D3E4F5A6B')).toBe(true);
  });
  it('rejects anything else', () => {
    expect(isUuid('abc')).toBe(false);
    expect(isUuid('3f2a9c1e-8b7d-4e6f-9a0b-1c2d3e4f5a6b/..')).toBe(false);
    expect(isUuid(' 3f2a9c1e-8b7d-4e6f-9a0b-1c2d3e4f5a6b')).toBe(false);
  });
});
