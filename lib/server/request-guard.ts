import 'server-only';

import { errorResponse, methodNotAllowedMessage } from './errors';
import { type HostRule, hostnameOf, hostRuleFromEnv, isAllowedHost } from './hosts';
import { methodVerdict } from './methods';

/**
 * The cheap checks every request gets before Next routes it (from proxy.ts), so hostile input is answered with a
 * 4xx instead of surfacing as a 500 further in:
 * 1. a Host that is not ours (DNS rebinding) → 421, before anything else looks at the request;
 * 2. a path that is not valid percent-encoded UTF-8 (`%ff`, `%%30`) → 400; Next decodes route params and throws;
 * 3. a method the address does not answer → 405 with `Allow` (OPTIONS → 204 with it), see methods.ts.
 * `/api` and `/emulator` get the API's JSON error envelope; pages get plain text, except the 405, which is an
 * API-style answer everywhere (no browser navigates with TRACE or PUT). Undefined: the request may go on.
 */
export type GuardedRequest = { method: string; pathname: string; host: string | null };

export type RouteFamily = 'api' | 'emulator' | 'page';

export function routeFamily(pathname: string): RouteFamily {
  if (pathname === '/api' || pathname.startsWith('/api/')) return 'api';
  if (pathname === '/emulator' || pathname.startsWith('/emulator/')) return 'emulator';
  return 'page';
}

/** The decoded segments of a path, or undefined when one has a malformed escape or is not UTF-8. */
export function decodeSegments(pathname: string): string[] | undefined {
  try {
    return pathname.split('/').slice(1).map(decodeURIComponent);
  } catch {
    return undefined; // URIError
  }
}

function plainText(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}

export function guardRequest(request: GuardedRequest, rule: HostRule): Response | undefined {
  const family = routeFamily(request.pathname);
  const refuse = (status: number, code: string, message: string) =>
    family === 'page' ? plainText(status, message) : errorResponse(status, code, message);

  if (!isAllowedHost(request.host, rule)) {
    const name = hostnameOf(request.host);
    const which = name === undefined ? 'a request without a valid Host header' : `the host name "${name}"`;
    return refuse(
      421,
      'misdirected_request',
      `This dashboard does not answer ${which}. Open it at its own address; behind a reverse proxy, set CONSOLE_URL or CONSOLE_ALLOWED_HOSTS.`,
    );
  }

  const segments = decodeSegments(request.pathname);
  if (segments === undefined) {
    return refuse(
      400,
      'bad_request',
      'The address has a malformed percent-escape (like %ff): it is not valid UTF-8.',
    );
  }

  const method = request.method.toUpperCase();
  const verdict = methodVerdict(method, segments);
  switch (verdict.kind) {
    case 'pass':
      return undefined;
    case 'not_found': // only under /api and /emulator: every page path answers GET
      return refuse(404, 'not_found', 'There is no such API endpoint.');
    case 'options':
      return new Response(null, {
        status: 204,
        headers: { allow: verdict.allow.join(', '), 'cache-control': 'no-store' },
      });
    case 'not_allowed': {
      const allow = verdict.allow.join(', ');
      return errorResponse(405, 'method_not_allowed', methodNotAllowedMessage(method, verdict.allow), {
        headers: { allow },
      });
    }
  }
}

let processRule: HostRule | undefined;

/** This process's host rule: the settings are read once, they cannot change while the server runs. */
export function hostRule(): HostRule {
  processRule ??= hostRuleFromEnv(process.env);
  return processRule;
}
