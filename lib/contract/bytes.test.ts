import { describe, expect, it } from 'vitest';
import { utf8Bytes } from './bytes';

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
