import { describe, expect, it } from 'vitest';
import {
  processWord,
  shellJoin,
  shellQuote,
  shellStateAfter,
  splitWords,
  START_SHELL_STATE,
} from './dockerfile-words';

const none = () => undefined;

describe('shellQuote / shellJoin', () => {
  it('leaves safe words alone and single-quotes the rest', () => {
    expect(shellQuote('apt-get')).toBe('apt-get');
    expect(shellQuote('main:app')).toBe('main:app');
    expect(shellQuote('')).toBe("''");
    expect(shellQuote('a b')).toBe("'a b'");
    expect(shellQuote('$HOME')).toBe("'$HOME'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(shellJoin(['echo', 'a;b', '*'])).toBe("echo 'a;b' '*'");
  });
});

describe('splitWords', () => {
  it('splits on whitespace outside quotes and escapes, keeping words as written', () => {
    expect(splitWords(`A=1  B="two words" C='x y' D=e\\ f`, '\\')).toEqual([
      'A=1',
      'B="two words"',
      "C='x y'",
      'D=e\\ f',
    ]);
    expect(splitWords('A=a` b', '`')).toEqual(['A=a` b']);
    expect(splitWords('   ', '\\')).toEqual([]);
  });
});

describe('processWord', () => {
  it('removes quotes and applies escapes as Docker does', () => {
    expect(processWord(`"a \\"b\\" \\$c \\\\ \\n"`, '\\', none).value).toBe('a "b" $c \\ \\n');
    expect(processWord(`'a \\ $b'`, '\\', none).value).toBe('a \\ $b');
    expect(processWord('a\\ b\\', '\\', none).value).toBe('a b');
    expect(processWord('C:\\path`$x', '`', none).value).toBe('C:\\path$x');
  });

  it('fills in known variables and keeps unknown ones as written', () => {
    const lookup = (name: string) => ({ A: 'x', EMPTY: '' })[name];
    const read = (word: string) => processWord(word, '\\', lookup);
    expect(read('$A/${A}/"$A"').value).toBe('x/x/x');
    expect(read('${EMPTY:-d} ${EMPTY-d} ${A:+p} ${EMPTY:+p} ${A+q}')).toEqual({
      value: 'd  p  q',
      unresolved: [],
    });
    expect(read('$B ${B} ${B:-d} ${A#x} ${unclosed')).toEqual({
      value: '$B ${B} ${B:-d} ${A#x} ${unclosed',
      unresolved: ['B', 'B', 'B', 'A#x', '${unclosed'],
    });
    expect(read('$ $1 $$').value).toBe('$ $1 $$');
  });
});

describe('shellStateAfter', () => {
  const after = (text: string) => shellStateAfter(text, START_SHELL_STATE);
  it('follows quotes, escapes and comments', () => {
    expect(after('echo "a b" \'c\'')).toMatchObject({ quote: 'none', escaped: false });
    expect(after("echo 'open")).toMatchObject({ quote: 'single' });
    expect(after('echo "open \\"')).toMatchObject({ quote: 'double' });
    expect(after('echo a\\')).toMatchObject({ quote: 'none', escaped: true });
    expect(after('echo # note')).toMatchObject({ quote: 'comment' });
    expect(after('echo a#b')).toMatchObject({ quote: 'none' });
    expect(after('true;#x')).toMatchObject({ quote: 'comment' });
  });
});
