/**
 * better-auth's signature of its session cookie (HMAC-SHA256 of the token, standard base64), computed with
 * node:crypto. better-auth's own makeSignature goes through WebCrypto (importKey, then an async sign), which costs
 * some 25 times as much; every proxied call checks a cookie, so this is on the hot path. The test holds the two
 * to the same output.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export function sessionCookieSignature(token: string, secret: string): string {
  return createHmac('sha256', secret).update(token).digest('base64');
}

/** Whether `signature` is the token's, compared in constant time. */
export function hasValidSignature(token: string, signature: string, secret: string): boolean {
  const expected = Buffer.from(sessionCookieSignature(token, secret));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
