import { makeSignature } from 'better-auth/crypto';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';

import { hasValidSignature, sessionCookieSignature } from './cookie-signature';

describe('sessionCookieSignature', () => {
  test.prop([fc.string({ unit: 'grapheme' }), fc.string({ minLength: 1, unit: 'grapheme' })], {
    numRuns: 200,
  })('equals better-auth’s own signature for any token and secret', async (token, secret) => {
    expect(sessionCookieSignature(token, secret)).toBe(await makeSignature(token, secret));
  });

  it('accepts the token’s signature and refuses any other', async () => {
    const secret = 'a-secret-of-enough-length-for-the-console';
    const signature = await makeSignature('tok123', secret);
    expect(hasValidSignature('tok123', signature, secret)).toBe(true);
    expect(hasValidSignature('tok124', signature, secret)).toBe(false);
    expect(hasValidSignature('tok123', signature, `${secret}x`)).toBe(false);
    expect(hasValidSignature('tok123', signature.slice(0, -2), secret)).toBe(false);
    expect(hasValidSignature('tok123', '', secret)).toBe(false);
  });
});
