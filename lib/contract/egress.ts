/**
 * Decides whether a sandbox may reach a destination, exactly as API-NOTES "Egress rules" describes:
 * the platform's always-blocked ranges first, then allow_out (allow wins, per the docs), then deny_out,
 * then the implicit deny of a non-empty allow_out. Pure: the emulator's simulated curl and the form's
 * destination tester both call it, so they can never disagree.
 */
import ipaddr from 'ipaddr.js';
import { ALWAYS_BLOCKED_RANGES } from '@/lib/contract/limits';
import { parseRule } from '@/lib/contract/network-rules';

export type EgressStep =
  'invalid' | 'private' | 'no_rules' | 'allow_match' | 'deny_match' | 'implicit_deny' | 'default_allow';

export type EgressDecision = { allowed: boolean; step: EgressStep; rule?: string; reason: string };

export type EgressNetwork = { allow_out?: readonly string[] | null; deny_out?: readonly string[] | null };

type Destination = { kind: 'ip'; host: string; ip: ipaddr.IPv4 } | { kind: 'domain'; host: string };

const RANGE_KIND: Record<(typeof ALWAYS_BLOCKED_RANGES)[number], string> = {
  '10.0.0.0/8': 'a private',
  '172.16.0.0/12': 'a private',
  '192.168.0.0/16': 'a private',
  '127.0.0.0/8': 'the loopback',
  '169.254.0.0/16': 'the link-local',
};

const HOST_LABEL = /^[a-z0-9_-]+$/;

/**
 * Reads a host, an IPv4 address or a URL (`https://host:443/path`) with the WHATWG URL parser, which
 * also normalises what curl would: case, IDNs to punycode, short IPv4 forms (`127.1` → 127.0.0.1).
 */
export function parseDestination(input: string): Destination | { kind: 'invalid'; reason: string } {
  const text = input.trim();
  const invalid = (reason: string) => ({ kind: 'invalid' as const, reason });
  if (text === '') return invalid('Enter a host name, an IPv4 address or a URL to test');
  if (ipaddr.IPv6.isValid(text)) return invalid(`IPv6 destinations are not supported, got "${text}"`);
  let hostname: string;
  try {
    hostname = new URL(text.includes('://') ? text : `http://${text}`).hostname;
  } catch {
    return invalid(`"${text}" is not a host name, IPv4 address or URL`);
  }
  if (hostname.startsWith('[')) return invalid(`IPv6 destinations are not supported, got "${text}"`);
  const host = hostname.replace(/\.$/, '');
  if (ipaddr.IPv4.isValidFourPartDecimal(host)) return { kind: 'ip', host, ip: ipaddr.IPv4.parse(host) };
  if (host === '' || !host.split('.').every((label) => HOST_LABEL.test(label))) {
    return invalid(`"${text}" is not a host name, IPv4 address or URL`);
  }
  return { kind: 'domain', host };
}

function blockedRange(dest: Destination): (typeof ALWAYS_BLOCKED_RANGES)[number] | undefined {
  if (dest.kind === 'domain') {
    // localhost never leaves the machine: it is the loopback range whatever DNS says.
    return dest.host === 'localhost' || dest.host.endsWith('.localhost') ? '127.0.0.0/8' : undefined;
  }
  return ALWAYS_BLOCKED_RANGES.find((range) => dest.ip.match(ipaddr.IPv4.parseCIDR(range)));
}

function ipInRule(ip: ipaddr.IPv4, address: string, prefixLength: number): boolean {
  return ip.match(ipaddr.IPv4.parse(address), prefixLength);
}

function allowMatches(dest: Destination, rule: string): boolean {
  const parsed = parseRule(rule);
  if (!parsed) return false; // an invalid rule never matches anything
  if (parsed.kind === 'domain') return dest.kind === 'domain' && dest.host === parsed.domain;
  if (parsed.kind === 'wildcard') return dest.kind === 'domain' && dest.host.endsWith(`.${parsed.suffix}`);
  return dest.kind === 'ip' && ipInRule(dest.ip, parsed.address, parsed.prefixLength);
}

function denyMatches(dest: Destination, rule: string): boolean {
  const parsed = parseRule(rule);
  if (!parsed || (parsed.kind !== 'ip' && parsed.kind !== 'cidr')) return false;
  // A domain has no IP until DNS resolves it; only a range covering every IP surely contains it.
  if (dest.kind === 'domain') return parsed.prefixLength === 0;
  return ipInRule(dest.ip, parsed.address, parsed.prefixLength);
}

/** Whether the sandbox may reach `destination` (host, IPv4 or URL) under `network`, and which step decided. */
export function decideEgress(destination: string, network?: EgressNetwork | null): EgressDecision {
  const dest = parseDestination(destination);
  if (dest.kind === 'invalid') return { allowed: false, step: 'invalid', reason: dest.reason };
  const { host } = dest;

  const blocked = blockedRange(dest);
  if (blocked) {
    const reason = `${host} is in ${blocked}, ${RANGE_KIND[blocked]} range the platform always blocks`;
    return { allowed: false, step: 'private', rule: blocked, reason };
  }

  const allowOut = network?.allow_out ?? [];
  const denyOut = network?.deny_out ?? [];
  if (allowOut.length === 0 && denyOut.length === 0) {
    return { allowed: true, step: 'no_rules', reason: `No egress rules are set, so ${host} is allowed` };
  }

  const allowRule = allowOut.find((rule) => allowMatches(dest, rule));
  if (allowRule !== undefined) {
    const reason = `${host} matches the allow_out rule "${allowRule}"`;
    return { allowed: true, step: 'allow_match', rule: allowRule, reason };
  }

  const denyRule = denyOut.find((rule) => denyMatches(dest, rule));
  if (denyRule !== undefined)
    return { allowed: false, step: 'deny_match', rule: denyRule, reason: denyReason(dest, denyRule) };

  if (allowOut.length > 0) {
    const reason = `${host} matches no allow_out rule; once allow_out has rules, everything else is blocked`;
    return { allowed: false, step: 'implicit_deny', reason };
  }
  return { allowed: true, step: 'default_allow', reason: defaultAllowReason(dest, denyOut.length > 0) };
}

function denyReason(dest: Destination, rule: string): string {
  return dest.kind === 'ip'
    ? `${dest.host} is in the deny_out range "${rule}"`
    : `${dest.host} is blocked by the deny_out range "${rule}", which covers every IP address`;
}

function defaultAllowReason(dest: Destination, hasDenyRules: boolean): string {
  // A domain was only checked against 0.0.0.0/0; narrower ranges need the IP it resolves to.
  const caveat =
    dest.kind === 'domain' && hasDenyRules
      ? ' (deny_out ranges apply to IP addresses; test the IP this name resolves to, to be sure)'
      : '';
  return `${dest.host} matches no rule, so it is allowed${caveat}`;
}
