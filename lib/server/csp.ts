import 'server-only';

/** A fresh, unguessable nonce for one page response (128 random bits, base64). */
export function createNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/**
 * The Content-Security-Policy of a page. Scripts run only with this response's nonce, and scripts they load
 * ('strict-dynamic': Next's chunk loader), so an injected <script> or inline handler never runs. Development
 * adds 'unsafe-eval', which React's dev build needs to rebuild server error stacks in the browser.
 *
 * Styles allow 'unsafe-inline': React renders `style` attributes, which nonces cannot cover; a style cannot
 * run code. connect-src 'self' keeps every fetch on this origin (the proxy), which also limits exfiltration.
 */
export function contentSecurityPolicy({ nonce, dev }: { nonce: string; dev: boolean }): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** The nonce inside a policy this file made, for the few inline scripts the app renders itself (the theme's). */
export function nonceOf(policy: string | null): string | undefined {
  return policy?.match(/'nonce-([^']+)'/)?.[1];
}
