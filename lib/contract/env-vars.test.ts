import { describe, expect, it } from 'vitest';
import { checkEnvVarEntries, envVarRowsSchema, EnvVarsSchema, isValidEnvVarName } from './env-vars';
import { ENV_MAX_TOTAL_BYTES } from './limits';
import { euroString, fieldErrors } from './test-helpers';

describe('env var names', () => {
  it.each(['A', '_', 'DEBUG', 'OPENAI_API_KEY', 'run_id', '_private', 'a1', 'X_2_Y'])(
    'accepts %j',
    (name) => {
      expect(isValidEnvVarName(name)).toBe(true);
      expect(fieldErrors(EnvVarsSchema, { [name]: 'v' })).toEqual([]);
    },
  );
  it.each(['1ABC', 'MY-VAR', 'A=B', 'has space', 'dot.name', 'ÜBER', 'NUL\0', '$HOME'])(
    'rejects %j',
    (name) => {
      expect(isValidEnvVarName(name)).toBe(false);
      const errors = fieldErrors(EnvVarsSchema, { [name]: 'v' });
      expect(errors).toHaveLength(1);
      expect(errors[0]?.path).toBe(name);
      expect(errors[0]?.message).toMatch(/^env_vars name ".*" is not valid: use letters, digits and _/);
    },
  );
  it('rejects an empty name', () => {
    expect(fieldErrors(EnvVarsSchema, { '': 'v' })[0]?.message).toBe('env_vars names cannot be empty');
  });
  it('accepts a 256-byte name and rejects a 257-byte one', () => {
    expect(fieldErrors(EnvVarsSchema, { ['A'.repeat(256)]: 'v' })).toEqual([]);
    expect(fieldErrors(EnvVarsSchema, { ['A'.repeat(257)]: 'v' })[0]?.message).toMatch(
      /is 257 bytes; the limit is 256$/,
    );
  });
});

describe('env var values', () => {
  it('accepts an 8192-byte value of multi-byte characters and an empty one', () => {
    expect(fieldErrors(EnvVarsSchema, { BIG: euroString(8192), EMPTY: '' })).toEqual([]);
  });
  it('rejects an 8193-byte value, without quoting the secret', () => {
    const errors = fieldErrors(EnvVarsSchema, { BIG: euroString(8193) });
    expect(errors).toEqual([
      { path: 'BIG', message: 'env_vars value of "BIG" is 8193 bytes; the limit is 8192 (8 KB)' },
    ]);
  });
  it('rejects a NUL character without echoing the value', () => {
    const errors = fieldErrors(EnvVarsSchema, { TOKEN: 'sk-secret\0x' });
    expect(errors).toEqual([
      { path: 'TOKEN', message: 'env_vars value of "TOKEN" contains a NUL character' },
    ]);
    expect(JSON.stringify(errors)).not.toContain('sk-secret');
  });
});

describe('env var map limits', () => {
  const vars = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`V${i}`, '1']));
  it('accepts 64 variables and rejects 65', () => {
    expect(fieldErrors(EnvVarsSchema, vars(64))).toEqual([]);
    expect(fieldErrors(EnvVarsSchema, vars(65))).toEqual([
      { path: '', message: 'env_vars has 65 variables; the limit is 64' },
    ]);
  });
  it('accepts exactly 65536 bytes of names and values, and rejects one more', () => {
    // 8 variables A0..A7 (2 bytes each) with 8190-byte values = 8 × 8192 = 65536.
    const atLimit = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`A${i}`, 'x'.repeat(8190)]));
    expect(fieldErrors(EnvVarsSchema, atLimit)).toEqual([]);
    const over = { ...atLimit, B: '' };
    expect(fieldErrors(EnvVarsSchema, over)).toEqual([
      {
        path: '',
        message: `env_vars add up to ${ENV_MAX_TOTAL_BYTES + 1} bytes; the limit is 65536 (64 KB)`,
      },
    ]);
  });
});

describe('checkEnvVarEntries and envVarRowsSchema', () => {
  it('flags each duplicate name', () => {
    expect(
      checkEnvVarEntries([
        ['DEBUG', '1'],
        ['DEBUG', '0'],
      ]),
    ).toEqual([
      { index: 0, part: 'key', message: 'Key `DEBUG` is used twice' },
      { index: 1, part: 'key', message: 'Key `DEBUG` is used twice' },
    ]);
  });
  it('treats names case-sensitively, as a shell does', () => {
    expect(
      checkEnvVarEntries([
        ['debug', '1'],
        ['DEBUG', '0'],
      ]),
    ).toEqual([]);
  });
  it('puts row issues at <index>.key / <index>.value and skips blank rows', () => {
    expect(
      fieldErrors(envVarRowsSchema, [
        { key: '', value: '' },
        { key: '9LIVES', value: 'x' },
        { key: 'OK', value: euroString(8193) },
      ]),
    ).toEqual([
      {
        path: '1.key',
        message:
          'env_vars name "9LIVES" is not valid: use letters, digits and _, and don\'t start with a digit',
      },
      { path: '2.value', message: 'env_vars value of "OK" is 8193 bytes; the limit is 8192 (8 KB)' },
    ]);
  });
});
