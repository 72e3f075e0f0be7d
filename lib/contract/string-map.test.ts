import { describe, expect, it } from 'vitest';

import { rowsToRecord } from './entries';
import { EnvVarsSchema } from './env-vars';
import { MetadataSchema } from './metadata';
import { CreateSandboxRequestSchema, SandboxPatchSchema, SandboxResponseSchema } from './sandbox';
import { stringMapSchema, toStringMap } from './string-map';
import { fieldErrors } from './test-helpers';

/** Keys a plain object has by inheritance: assignment and z.record mishandle them. */
const SPECIAL_KEYS = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty'];
/** Parsed from text, as a request body is: JSON.parse makes `__proto__` an own key. */
const specialMap = () =>
  JSON.parse(JSON.stringify(Object.fromEntries(SPECIAL_KEYS.map((key) => [key, `${key}-value`]))));

describe('__proto__ keys are kept as data (issue #10)', () => {
  it('MetadataSchema and EnvVarsSchema keep every own key, in order', () => {
    const map = specialMap();
    expect(Object.keys(map)).toEqual(SPECIAL_KEYS);
    for (const schema of [MetadataSchema, EnvVarsSchema]) {
      const parsed = schema.parse(map);
      expect(Object.entries(parsed)).toEqual(Object.entries(map));
      expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype); // the key did not become the prototype
      expect(JSON.stringify(parsed)).toBe(JSON.stringify(map));
    }
  });

  it('create and patch bodies keep them through JSON, as the proxy forwards them', () => {
    const body = { name: 'p', metadata: specialMap(), env_vars: specialMap() };
    const sent = JSON.parse(JSON.stringify(body));
    expect(JSON.parse(JSON.stringify(CreateSandboxRequestSchema.parse(sent)))).toEqual(sent);
    const patch = JSON.parse(JSON.stringify({ metadata: specialMap() }));
    expect(Object.keys(SandboxPatchSchema.parse(patch).metadata ?? {})).toEqual(SPECIAL_KEYS);
  });

  it('a response keeps them too', () => {
    const response = JSON.parse(
      JSON.stringify({ id: 'i', name: 'n', status: 'active', created_at: 't', metadata: specialMap() }),
    );
    expect(Object.keys(SandboxResponseSchema.parse(response).metadata)).toEqual(SPECIAL_KEYS);
  });

  it('limits still apply to such keys (a `__proto__` value over 2 KB is refused on its own path)', () => {
    const map = JSON.parse(`{"__proto__":"${'x'.repeat(2049)}"}`);
    expect(fieldErrors(MetadataSchema, map)).toEqual([
      { path: '__proto__', message: expect.stringContaining('is 2049 bytes') },
    ]);
  });

  it('the form rows → record conversion keeps them', () => {
    const rows = SPECIAL_KEYS.map((key) => ({ key, value: `${key}-value` }));
    expect(Object.entries(rowsToRecord(rows))).toEqual(rows.map((row) => [row.key, row.value]));
    expect(Object.keys(toStringMap([['__proto__', 'a']]))).toEqual(['__proto__']);
  });

  it('a value that is not a string is refused on its key, other shapes on the map', () => {
    const schema = stringMapSchema({ notObject: 'not an object', notString: 'not a string' });
    expect(fieldErrors(schema, JSON.parse('{"__proto__":{"polluted":true}}'))).toEqual([
      { path: '__proto__', message: 'not a string' },
    ]);
    expect(fieldErrors(schema, ['a'])).toEqual([{ path: '', message: 'not an object' }]);
    expect(fieldErrors(schema, null)).toEqual([{ path: '', message: 'not an object' }]);
  });
});
