import { describe, expect, it } from 'vitest';
import { parseDotenv } from '@/lib/sandbox-form/dotenv';
import { isRuleList, mergeKeyValues, mergeRules, splitRules } from './merge-rows';
import { keyValueRow, ruleRow } from './values';

const pairs = (rows: ReadonlyArray<{ key: string; value: string }>) => rows.map((r) => [r.key, r.value]);

describe('mergeKeyValues', () => {
  it('fills the blank row the paste happened in, then appends', () => {
    const rows = [keyValueRow('A', '1'), keyValueRow()];
    const { entries } = parseDotenv('B=2\nC=3');
    const result = mergeKeyValues(rows, entries, 1);
    expect(pairs(result.rows)).toEqual([
      ['A', '1'],
      ['B', '2'],
      ['C', '3'],
    ]);
    expect(result.rows[1]?.id).toBe(rows[1]?.id);
    expect(result).toMatchObject({ added: 2, updated: 0 });
  });

  it('updates an existing key instead of adding a duplicate row', () => {
    const rows = [keyValueRow('DEBUG', '0')];
    const result = mergeKeyValues(rows, [{ key: 'DEBUG', value: '1' }]);
    expect(pairs(result.rows)).toEqual([['DEBUG', '1']]);
    expect(result).toMatchObject({ added: 0, updated: 1 });
  });

  it('does not count an unchanged value as updated', () => {
    const result = mergeKeyValues([keyValueRow('A', '1')], [{ key: 'A', value: '1' }]);
    expect(result).toMatchObject({ added: 0, updated: 0 });
  });

  it('lets a later duplicate in the paste win, like a .env loader', () => {
    const result = mergeKeyValues([], parseDotenv('A=1\nA=2').entries);
    expect(pairs(result.rows)).toEqual([['A', '2']]);
  });

  it('does not overwrite a non-blank target row', () => {
    const rows = [keyValueRow('KEEP', 'me')];
    const result = mergeKeyValues(rows, [{ key: 'NEW', value: 'x' }], 0);
    expect(pairs(result.rows)).toEqual([
      ['KEEP', 'me'],
      ['NEW', 'x'],
    ]);
  });

  it('leaves the input rows untouched', () => {
    const rows = [keyValueRow('A', '1')];
    mergeKeyValues(rows, [{ key: 'A', value: '2' }]);
    expect(rows[0]?.value).toBe('1');
  });
});

describe('rules', () => {
  it('splits on lines, commas and spaces, skipping comments', () => {
    expect(splitRules('api.openai.com\n*.github.com, 8.8.8.8/32  \n# note\n')).toEqual([
      'api.openai.com',
      '*.github.com',
      '8.8.8.8/32',
    ]);
    expect(isRuleList('one.com')).toBe(false);
    expect(isRuleList('one.com two.com')).toBe(true);
  });

  it('merges without duplicates, filling the blank target row', () => {
    const rows = [ruleRow('api.openai.com'), ruleRow('')];
    const result = mergeRules(rows, ['api.openai.com', 'github.com', 'pypi.org'], 1);
    expect(result.rows.map((r) => r.value)).toEqual(['api.openai.com', 'github.com', 'pypi.org']);
    expect(result.added).toBe(2);
  });
});
