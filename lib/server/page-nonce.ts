import 'server-only';
import { headers } from 'next/headers';
import { nonceOf } from './csp';

/** This page response's CSP nonce (proxy.ts puts the policy on the request), for an inline script the app renders. */
export async function pageNonce(): Promise<string | undefined> {
  return nonceOf((await headers()).get('content-security-policy'));
}
