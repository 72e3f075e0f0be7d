import { describe, expect, it } from 'vitest';
import { createAttemptKeys, createdNothing } from './idempotency';

function counterKeys() {
  let n = 0;
  return createAttemptKeys(() => `key-${++n}`);
}

describe('createAttemptKeys', () => {
  it('reuses the key for the same body (double click, retry)', () => {
    const keys = counterKeys();
    expect(keys.keyFor('{"name":"a"}')).toBe('key-1');
    expect(keys.keyFor('{"name":"a"}')).toBe('key-1');
  });

  it('uses a new key when the body changes', () => {
    const keys = counterKeys();
    keys.keyFor('{"name":"a"}');
    expect(keys.keyFor('{"name":"b"}')).toBe('key-2');
    expect(keys.keyFor('{"name":"a"}')).toBe('key-3');
  });

  it('uses a new key after forget', () => {
    const keys = counterKeys();
    keys.keyFor('{"name":"a"}');
    keys.forget();
    expect(keys.keyFor('{"name":"a"}')).toBe('key-2');
  });

  it('defaults to random UUIDs', () => {
    expect(createAttemptKeys().keyFor('x')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('createdNothing', () => {
  it('is true for definite refusals and false when the outcome is unknown', () => {
    for (const status of [400, 401, 404, 409, 429]) expect(createdNothing(status)).toBe(true);
    for (const status of [0, 408, 500, 502, 503, 504]) expect(createdNothing(status)).toBe(false);
  });
});
