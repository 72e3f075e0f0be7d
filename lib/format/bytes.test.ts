import { describe, expect, it } from 'vitest';
import { formatBytes } from './bytes';

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [512, '512 B'],
    [1023, '1023 B'],
    [1024, '1 KB'],
    [1536, '1.5 KB'],
    [2048, '2 KB'],
    [16_384, '16 KB'],
    [65_536, '64 KB'],
    [5 * 1024 * 1024, '5 MB'],
  ])('formats %i as %s', (n, text) => {
    expect(formatBytes(n)).toBe(text);
  });

  it('shows a dash for nonsense input', () => {
    expect(formatBytes(-1)).toBe('—');
    expect(formatBytes(Number.NaN)).toBe('—');
  });
});
