import { describe, expect, it } from 'vitest';
import { utf8Bytes } from '@/lib/contract/bytes';
import {
  checkMetadataEntries,
  isReservedMetadataKey,
  metadataJsonBytes,
  MetadataSchema,
  metadataRowsSchema,
} from './metadata';
import { METADATA_KEY_MAX_BYTES, METADATA_MAX_KEYS, METADATA_MAX_TOTAL_BYTES } from './limits';
import { euroString, fieldErrors } from './test-helpers';

function keys(count: number): Record<string, string> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, 'v']));
}

/** 8 entries k0..k7 whose JSON is exactly `total` bytes (7 values of 2048 bytes, the last one fills). */
function metadataOfJsonBytes(total: number): Record<string, string> {
  const overhead = 2 + 7 + 8 * (4 + 1 + 2); // braces, commas, each `"kN":""`
  const record: Record<string, string> = {};
  for (let i = 0; i < 7; i++) record[`k${i}`] = 'x'.repeat(2048);
  record.k7 = 'x'.repeat(total - overhead - 7 * 2048);
  return record;
}

describe('MetadataSchema: key count', () => {
  it('accepts 64 keys', () => {
    expect(fieldErrors(MetadataSchema, keys(METADATA_MAX_KEYS))).toEqual([]);
  });
  it('rejects 65 keys on the map itself', () => {
    expect(fieldErrors(MetadataSchema, keys(65))).toEqual([
      { path: '', message: 'metadata has 65 keys; the limit is 64' },
    ]);
  });
  it('accepts an empty map and empty values', () => {
    expect(fieldErrors(MetadataSchema, {})).toEqual([]);
    expect(fieldErrors(MetadataSchema, { env: '' })).toEqual([]);
  });
});

describe('MetadataSchema: key bytes', () => {
  it('accepts a 256-byte key of multi-byte characters (86 characters)', () => {
    const key = euroString(256);
    expect(key.length).toBeLessThan(256);
    expect(fieldErrors(MetadataSchema, { [key]: 'v' })).toEqual([]);
  });
  it('rejects a 257-byte key at its own path, counting bytes not characters', () => {
    const key = euroString(257);
    expect(key.length).toBe(87);
    const errors = fieldErrors(MetadataSchema, { [key]: 'v' });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe(key);
    expect(errors[0]?.message).toMatch(/^metadata key ".*" is 257 bytes; the limit is 256$/);
  });
  it('names the byte count as in the brief: 300 bytes', () => {
    const [issue] = checkMetadataEntries([['é'.repeat(150), 'v']]);
    expect(issue?.message).toMatch(/is 300 bytes; the limit is 256$/);
  });
  it('rejects an empty key', () => {
    expect(fieldErrors(MetadataSchema, { '': 'v' })).toEqual([
      { path: '', message: 'metadata keys cannot be empty' },
    ]);
  });
});

describe('MetadataSchema: value bytes', () => {
  it('accepts a 2048-byte value of multi-byte characters', () => {
    expect(fieldErrors(MetadataSchema, { note: euroString(2048) })).toEqual([]);
  });
  it('rejects a 2049-byte value at metadata.<key>', () => {
    expect(fieldErrors(MetadataSchema, { note: euroString(2049) })).toEqual([
      { path: 'note', message: 'metadata value of "note" is 2049 bytes; the limit is 2048 (2 KB)' },
    ]);
  });
  it('rejects values that are not strings', () => {
    expect(fieldErrors(MetadataSchema, { count: 42 })).toEqual([
      { path: 'count', message: 'metadata values must be strings, e.g. "42" rather than 42' },
    ]);
    expect(fieldErrors(MetadataSchema, ['env'])[0]?.message).toBe(
      'metadata must be an object of string keys to string values',
    );
  });
});

describe('MetadataSchema: serialized total', () => {
  it('measures exactly JSON.stringify byte length, escapes and multi-byte included', () => {
    const record = { 'a"b': 'line\nbreak', é: '😀', plain: 'x' };
    expect(metadataJsonBytes(Object.entries(record))).toBe(utf8Bytes(JSON.stringify(record)));
    expect(metadataJsonBytes([])).toBe(2);
  });
  it('accepts exactly 16384 bytes', () => {
    const record = metadataOfJsonBytes(METADATA_MAX_TOTAL_BYTES);
    expect(utf8Bytes(JSON.stringify(record))).toBe(16_384);
    expect(fieldErrors(MetadataSchema, record)).toEqual([]);
  });
  it('rejects 16385 bytes on the map itself', () => {
    const record = metadataOfJsonBytes(METADATA_MAX_TOTAL_BYTES + 1);
    expect(utf8Bytes(JSON.stringify(record))).toBe(16_385);
    expect(fieldErrors(MetadataSchema, record)).toEqual([
      { path: '', message: 'metadata is 16385 bytes as JSON; the limit is 16384 (16 KB)' },
    ]);
  });
});

describe('MetadataSchema: reserved prefixes', () => {
  it.each([
    'superserve.owner',
    'SUPERSERVE.x',
    'SuperServe.y',
    '_superserve',
    '_SuperServe_id',
    '_SUPERSERVEX',
  ])('rejects %j', (key) => {
    const errors = fieldErrors(MetadataSchema, { [key]: 'v' });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe(key);
    expect(errors[0]?.message).toContain('is reserved');
  });
  it.each(['superserve', 'my.superserve.x', 'superserve-x', 'superserve_', '-_superserve'])(
    'allows %j',
    (key) => {
      expect(isReservedMetadataKey(key)).toBe(false);
      expect(fieldErrors(MetadataSchema, { [key]: 'v' })).toEqual([]);
    },
  );
});

describe('checkMetadataEntries', () => {
  it('flags every duplicate row, not just the second', () => {
    const issues = checkMetadataEntries([
      ['env', 'a'],
      ['owner', 'b'],
      ['env', 'c'],
    ]);
    expect(issues).toEqual([
      { index: 0, part: 'key', message: 'Key `env` is used twice' },
      { index: 2, part: 'key', message: 'Key `env` is used twice' },
    ]);
  });
  it('counts three uses', () => {
    const issues = checkMetadataEntries([
      ['a', '1'],
      ['a', '2'],
      ['a', '3'],
    ]);
    expect(issues.map((i) => i.message)).toEqual(Array(3).fill('Key `a` is used 3 times'));
  });
  it('reports key and value problems on their parts', () => {
    const issues = checkMetadataEntries([['', euroString(2049)]]);
    expect(issues.map((i) => [i.index, i.part])).toEqual([
      [0, 'key'],
      [0, 'value'],
    ]);
  });
  it('uses the shared limits', () => {
    expect(METADATA_KEY_MAX_BYTES).toBe(256);
    expect(METADATA_MAX_KEYS).toBe(64);
  });
});

describe('metadataRowsSchema (form rows)', () => {
  it('puts row issues at <index>.key / <index>.value and ignores blank rows', () => {
    const errors = fieldErrors(metadataRowsSchema, [
      { key: 'env', value: 'a' },
      { key: '', value: '' },
      { key: 'env', value: euroString(2049) },
      { key: 'superserve.x', value: '' },
    ]);
    expect(errors).toEqual([
      { path: '2.value', message: 'metadata value of "env" is 2049 bytes; the limit is 2048 (2 KB)' },
      {
        path: '3.key',
        message:
          'metadata key "superserve.x" is reserved: keys starting with "superserve." or "_superserve" belong to the platform',
      },
      { path: '0.key', message: 'Key `env` is used twice' },
      { path: '2.key', message: 'Key `env` is used twice' },
    ]);
  });
  it('counts duplicate rows toward the 64-key limit', () => {
    const rows = Array.from({ length: 65 }, (_, i) => ({ key: `k${i}`, value: '' }));
    expect(fieldErrors(metadataRowsSchema, rows)).toEqual([
      { path: '', message: 'metadata has 65 keys; the limit is 64' },
    ]);
    expect(fieldErrors(metadataRowsSchema, rows.slice(0, 64))).toEqual([]);
  });
  it('does not count blank rows', () => {
    const rows = [
      ...Array.from({ length: 64 }, (_, i) => ({ key: `k${i}`, value: '' })),
      { key: '', value: '' },
    ];
    expect(fieldErrors(metadataRowsSchema, rows)).toEqual([]);
  });
  it('flags a row with a value but no key', () => {
    expect(fieldErrors(metadataRowsSchema, [{ key: '', value: 'orphan' }])).toEqual([
      { path: '0.key', message: 'metadata keys cannot be empty' },
    ]);
  });
});
