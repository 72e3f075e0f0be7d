import { describe, expect, it } from 'vitest';
import { formatBytes, utf8Bytes } from './bytes';

describe('utf8Bytes', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['é', 2],
    ['€', 3],
    ['😀', 4],
    ['a€😀é', 10],
    ['\u{10ffff}', 4],
  ])('counts %j as %i bytes', (text, bytes) => {
    expect(utf8Bytes(text)).toBe(bytes);
  });

  it('agrees with TextEncoder, lone surrogates included', () => {
    for (const text of ['x\ud800y', '\udc00', 'mix 😀 € é \ud83d', 'ß'.repeat(100)]) {
      expect(utf8Bytes(text)).toBe(new TextEncoder().encode(text).length);
    }
  });
});

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
