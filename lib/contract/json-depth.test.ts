import { describe, expect, it } from 'vitest';

import { jsonNestsDeeperThan } from './json-depth';
import { JSON_MAX_DEPTH } from './limits';

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('jsonNestsDeeperThan', () => {
  it('allows exactly JSON_MAX_DEPTH levels and refuses one more', () => {
    expect(JSON_MAX_DEPTH).toBe(32);
    expect(jsonNestsDeeperThan(nested(32))).toBe(false);
    expect(jsonNestsDeeperThan(nested(33))).toBe(true);
    expect(jsonNestsDeeperThan(`{"a":${nested(31)}}`)).toBe(false);
    expect(jsonNestsDeeperThan(`{"a":${nested(32)}}`)).toBe(true);
  });

  it('counts objects and arrays alike, and only nesting (siblings do not add up)', () => {
    expect(jsonNestsDeeperThan('{"a":[{"b":[1]}]}', 4)).toBe(false);
    expect(jsonNestsDeeperThan('{"a":[{"b":[1]}]}', 3)).toBe(true);
    const siblings = `[${Array.from({ length: 1000 }, () => '[[1]]').join(',')}]`;
    expect(jsonNestsDeeperThan(siblings, 3)).toBe(false);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(jsonNestsDeeperThan(JSON.stringify({ command: '['.repeat(1000) }), 2)).toBe(false);
    expect(jsonNestsDeeperThan(JSON.stringify({ command: 'say "[[[[" \\ {{{{' }), 1)).toBe(false);
    // A string ending in a backslash: the escaped backslash must not swallow the closing quote.
    expect(jsonNestsDeeperThan(`{"a":"x\\\\","b":${nested(3)}}`, 3)).toBe(true);
  });

  it('reads the legitimate deepest body, a template build_spec, as shallow', () => {
    const template = {
      name: 'py',
      build_spec: {
        from: 'python:3.11',
        steps: [{ env: { key: 'A', value: '[{' } }, { user: { name: 'u' } }],
      },
    };
    expect(jsonNestsDeeperThan(JSON.stringify(template), 5)).toBe(false);
  });

  it('scans 5,000 levels without recursion (the 500 of issue #10)', () => {
    expect(jsonNestsDeeperThan(`{"command":"echo hi","x":${nested(5000)}}`)).toBe(true);
    expect(jsonNestsDeeperThan(nested(1_000_000))).toBe(true);
  });
});
