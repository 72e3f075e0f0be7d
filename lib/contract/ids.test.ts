import { describe, expect, it } from 'vitest';
import { isSandboxId } from './ids';

describe('isSandboxId', () => {
  it('accepts UUIDs in either case', () => {
    expect(isSandboxId('3f2a9c1e-8b7d-4e6f-9a0b-1c2d3e4f5a6b')).toBe(true);
    expect(isSandboxId('3F2A9C1E-8B7D-4E6F-9A0B-1C2D3E4F5A6B')).toBe(true);
  });
  it('rejects anything else', () => {
    expect(isSandboxId('abc')).toBe(false);
    expect(isSandboxId('3f2a9c1e-8b7d-4e6f-9a0b-1c2d3e4f5a6b/..')).toBe(false);
    expect(isSandboxId(' 3f2a9c1e-8b7d-4e6f-9a0b-1c2d3e4f5a6b')).toBe(false);
  });
});
