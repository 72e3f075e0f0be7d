import { describe, expect, it } from 'vitest';
import { looksLikeDotenv, parseDotenv } from './dotenv';

const pairs = (text: string) => parseDotenv(text).entries.map((e) => [e.key, e.value]);

describe('parseDotenv', () => {
  it('reads plain KEY=VALUE lines with their line numbers', () => {
    const result = parseDotenv('A=1\nB=two');
    expect(result.entries).toEqual([
      { key: 'A', value: '1', line: 1 },
      { key: 'B', value: 'two', line: 2 },
    ]);
    expect(result.errors).toEqual([]);
  });

  it('skips blank lines and comment lines', () => {
    expect(pairs('# a comment\n\n   \n  # indented comment\nA=1\n')).toEqual([['A', '1']]);
  });

  it('drops an export prefix', () => {
    expect(pairs('export A=1\nexport   B="x"')).toEqual([
      ['A', '1'],
      ['B', 'x'],
    ]);
  });

  it('keeps = inside values and trims around the separator', () => {
    expect(pairs('URL=postgres://u:p@h/db?sslmode=require\n  KEY = value ')).toEqual([
      ['URL', 'postgres://u:p@h/db?sslmode=require'],
      ['KEY', 'value'],
    ]);
  });

  it('cuts an inline comment from an unquoted value, but not a # without a space', () => {
    expect(pairs('A=1 # one\nB=#hash\nC=a#b')).toEqual([
      ['A', '1'],
      ['B', '#hash'],
      ['C', 'a#b'],
    ]);
  });

  it('reads single quotes literally', () => {
    expect(pairs("A='x \\n # not a comment'")).toEqual([['A', 'x \\n # not a comment']]);
  });

  it('handles escapes in double quotes', () => {
    expect(pairs('A="line1\\nline2\\t\\"q\\" \\\\ \\$HOME"')).toEqual([['A', 'line1\nline2\t"q" \\ $HOME']]);
  });

  it('allows a comment after a closing quote', () => {
    expect(pairs('A="x # inside" # outside')).toEqual([['A', 'x # inside']]);
  });

  it('reads a quoted value spanning several lines', () => {
    const result = parseDotenv('KEY="-----BEGIN-----\nabc\n-----END-----"\nNEXT=1');
    expect(result.entries).toEqual([
      { key: 'KEY', value: '-----BEGIN-----\nabc\n-----END-----', line: 1 },
      { key: 'NEXT', value: '1', line: 4 },
    ]);
  });

  it('accepts empty values', () => {
    expect(pairs('A=\nB=""\nC=\'\'')).toEqual([
      ['A', ''],
      ['B', ''],
      ['C', ''],
    ]);
  });

  it('handles Windows line endings and a byte-order mark', () => {
    expect(pairs('\uFEFFA=1\r\nB=2\r\n')).toEqual([
      ['A', '1'],
      ['B', '2'],
    ]);
  });

  it('reports lines without = and keeps going', () => {
    const result = parseDotenv('A=1\njust words\nB=2');
    expect(result.entries.map((e) => e.key)).toEqual(['A', 'B']);
    expect(result.errors).toEqual([{ line: 2, message: 'Line 2: expected KEY=VALUE' }]);
  });

  it('reports an empty key', () => {
    expect(parseDotenv('=value').errors).toEqual([
      { line: 1, message: 'Line 1: the key before "=" is empty' },
    ]);
  });

  it('reports an unclosed quote and still reads the following lines', () => {
    const result = parseDotenv('A="never closed\nB=2');
    expect(result.errors).toEqual([{ line: 1, message: 'Line 1: The " quote is never closed' }]);
    expect(pairs('A="never closed\nB=2')).toEqual([['B', '2']]);
  });

  it('reports text after a closing quote', () => {
    expect(parseDotenv('A="x" y').errors).toEqual([
      { line: 1, message: 'Line 1: unexpected text after the closing quote' },
    ]);
  });

  it('keeps duplicates in order so the caller decides', () => {
    expect(pairs('A=1\nA=2')).toEqual([
      ['A', '1'],
      ['A', '2'],
    ]);
  });
});

describe('looksLikeDotenv', () => {
  it('is true for KEY=VALUE text and several lines', () => {
    expect(looksLikeDotenv('A=1')).toBe(true);
    expect(looksLikeDotenv('A=1\nB=2')).toBe(true);
  });
  it('is false for a plain word, so a normal paste goes through', () => {
    expect(looksLikeDotenv('OPENAI_API_KEY')).toBe(false);
    expect(looksLikeDotenv('')).toBe(false);
  });
});
