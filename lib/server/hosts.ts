import 'server-only';

/**
 * Which `Host` headers the dashboard answers, against DNS rebinding: a page on `evil.example` whose DNS name is
 * switched to this server's address sends `Host: evil.example` (and a matching `Origin`), so the same-origin
 * check alone would let it act with the cookies of whoever signed in at that address. Refusing hosts that are
 * not ours (421) stops it. Pure: the rule is built from the environment once, by hostRuleFromEnv.
 *
 * Accepted, whatever the port:
 * - any IP-literal host (`127.0.0.1`, `10.0.0.5`, `[::1]`): a rebinding page always has a domain name (that is
 *   what gets rebound), never an address, so an address is safe. It covers `next start -H 0.0.0.0` reached by a
 *   LAN address, health checks and probes that use the machine's or the container's address, with or without
 *   CONSOLE_URL;
 * - `localhost` and `*.localhost`, which resolve to the loopback interface only (RFC 6761; browsers hard-wire it);
 * - CONSOLE_URL's host name, the names in CONSOLE_ALLOWED_HOSTS (a reverse proxy that sends several names, or an
 *   internal one), and HOSTNAME when set (the bound name of a standalone server, a container's own name).
 *
 * The port is ignored: a rebinding attack is told apart by its name, which the attacker owns; the port is the
 * dashboard's own wherever the request went (the attacker has to aim at it), and behind a reverse proxy it is
 * whatever the proxy says (none for 443, an internal one, …). Cookies ignore ports too. X-Forwarded-Host is not
 * consulted: a rebinding page talks to us same-origin, so it may set that header to anything.
 */
export type HostRule = { names: ReadonlySet<string> };

/** `host[:port]`, `[v6]:port`: what a Host header may hold. Anything else (userinfo, a path, spaces) is refused. */
const HOST_HEADER =
  /^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,251}[A-Za-z0-9_.])?)(?::\d{1,5})?$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/**
 * The lower-case host name of a Host header without its port, canonical as a browser writes it (the URL parser
 * folds `0x7f.1` to `127.0.0.1`, lower-cases, punycodes), without a final dot; undefined when it is not a host.
 */
export function hostnameOf(host: string | null | undefined): string | undefined {
  if (!host || !HOST_HEADER.test(host)) return undefined;
  if (!URL.canParse(`http://${host}/`)) return undefined;
  const { hostname } = new URL(`http://${host}/`);
  return hostname.endsWith('.') ? hostname.slice(0, -1) : hostname;
}

const isIpLiteral = (hostname: string) => hostname.startsWith('[') || IPV4.test(hostname);
const isLocalhost = (hostname: string) => hostname === 'localhost' || hostname.endsWith('.localhost');

/** True when the dashboard answers a request with this Host header. A missing one (HTTP/1.0) is refused. */
export function isAllowedHost(host: string | null | undefined, rule: HostRule): boolean {
  const hostname = hostnameOf(host);
  if (hostname === undefined) return false;
  return isIpLiteral(hostname) || isLocalhost(hostname) || rule.names.has(hostname);
}

type Env = Record<string, string | undefined>;

/** CONSOLE_ALLOWED_HOSTS: host names, comma-separated, no scheme or port. Problems name the variable, for start-up. */
export function parseAllowedHosts(value: string | undefined): { names: string[] } | { problem: string } {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const names: string[] = [];
  for (const entry of entries) {
    const name = entry.includes(':') && !entry.startsWith('[') ? undefined : hostnameOf(entry);
    if (name === undefined) {
      return {
        problem: `CONSOLE_ALLOWED_HOSTS must be host names separated by commas, like console.internal,console.example.com (no scheme, path or port): "${entry.slice(0, 100)}" is not one`,
      };
    }
    names.push(name);
  }
  return { names };
}

/**
 * The rule for this process. CONSOLE_URL was validated at start-up (lib/auth/settings.ts), CONSOLE_ALLOWED_HOSTS
 * too (lib/server/startup.ts); a value that still does not parse adds no name, which fails closed.
 */
export function hostRuleFromEnv(env: Env): HostRule {
  const names = new Set<string>();
  const publicUrl = env.CONSOLE_URL?.trim();
  if (publicUrl && URL.canParse(publicUrl)) {
    const name = hostnameOf(new URL(publicUrl).host);
    if (name) names.add(name);
  }
  const extra = parseAllowedHosts(env.CONSOLE_ALLOWED_HOSTS);
  if ('names' in extra) for (const name of extra.names) names.add(name);
  const bound = hostnameOf(env.HOSTNAME?.trim());
  if (bound) names.add(bound);
  return { names };
}
