import { describe, expect, it } from 'vitest';

import { utf8Bytes } from './bytes';
import { findIllFormedText, isWellFormedText, showLoneSurrogates } from './unicode';

describe('isWellFormedText', () => {
  it('accepts surrogate pairs and refuses lone halves, as String.prototype.isWellFormed does', () => {
    const samples = ['', 'plain', 'é€', '😀', 'a\ud800b', '\udc00', '\ud83d', 'x\udc00\ud800y', '😀\ud800'];
    for (const text of samples) {
      const expected = (text as string & { isWellFormed(): boolean }).isWellFormed();
      expect(isWellFormedText(text), JSON.stringify(text)).toBe(expected);
    }
  });

  it('well-formed text is counted exactly as TextEncoder encodes it', () => {
    for (const text of ['plain', 'é€', '😀🎉', 'Ünïcode-名前']) {
      expect(utf8Bytes(text)).toBe(new TextEncoder().encode(text).length);
    }
  });

  it('shows lone halves as escapes, leaving pairs alone', () => {
    expect(showLoneSurrogates('a\ud800b😀\udfff')).toBe('a\\ud800b😀\\udfff');
  });
});

describe('findIllFormedText', () => {
  it('is undefined when every key and value is well-formed', () => {
    expect(
      findIllFormedText({ name: '😀', metadata: { é: '€' }, list: ['a', 1, null, true] }),
    ).toBeUndefined();
  });

  it('names a value by its path', () => {
    expect(findIllFormedText({ name: 'a\ud800b' })).toEqual({
      path: 'name',
      message: expect.stringMatching(
        /^name is not valid Unicode text: it contains an unpaired surrogate \(\\ud800\)/,
      ),
    });
    expect(findIllFormedText({ metadata: { k: 'v\udc00' } })?.path).toBe('metadata.k');
    expect(findIllFormedText({ network: { allow_out: ['ok.com', 'x\ud800.com'] } })?.path).toBe(
      'network.allow_out.1',
    );
  });

  it('names a key by its path, showing the key with its lone half escaped', () => {
    expect(findIllFormedText({ metadata: { 'k\udc00': 'v' } })).toEqual({
      path: 'metadata.k\udc00',
      message: expect.stringContaining('metadata has a key that is not valid Unicode text ("k\\udc00")'),
    });
    expect(findIllFormedText({ '\ud800': 1 })?.message).toMatch(/^The request body has a key/);
  });

  it('reports the first problem in document order', () => {
    expect(findIllFormedText({ a: 'ok', b: ['x', 'y\ud800'], c: '\ud800' })?.path).toBe('b.1');
  });

  it('walks any depth without recursion', () => {
    let deep: unknown = 'bad\ud800';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findIllFormedText(deep)?.path.split('.')).toHaveLength(100_000);
  });
});
