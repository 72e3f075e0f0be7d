/**
 * Egress rules. `allow_out`: IPv4 addresses, IPv4 CIDRs, or domains with an optional leading `*.`.
 * `deny_out`: IPv4 CIDRs only (a bare IPv4 counts as /32). IPv6 is rejected in both.
 * IPs and CIDRs are parsed by ipaddr.js; domains are checked label by label (API-NOTES Decision:
 * stricter than the backend, so a typo never becomes a silent no-op rule).
 *
 * The rules without zod (the browser's form checks its rows with these); ./network builds the schemas on them.
 */
import ipaddr from 'ipaddr.js';
import { DOMAIN_LABEL_MAX_LENGTH, DOMAIN_MAX_LENGTH } from './limits';

export type RuleList = 'allow_out' | 'deny_out';

export type ParsedRule =
  | { kind: 'ip' | 'cidr'; address: string; prefixLength: number }
  | { kind: 'domain'; domain: string }
  | { kind: 'wildcard'; suffix: string };

type Classified = ParsedRule | { kind: 'invalid'; message: string; ipLike: boolean };

const IPV4_LIKE = /^[0-9.]+$/;
const LABEL = /^[a-z0-9-]+$/i;

/** Why `host` is not a usable DNS name, or undefined when it is. */
function hostnameProblem(host: string, minLabels: number): string | undefined {
  if (host.length > DOMAIN_MAX_LENGTH) return `is longer than ${DOMAIN_MAX_LENGTH} characters`;
  const labels = host.split('.');
  if (labels.some((label) => label === ''))
    return 'has an empty part (a dot at the start or end, or two dots)';
  for (const label of labels) {
    if (label.length > DOMAIN_LABEL_MAX_LENGTH)
      return `has a part longer than ${DOMAIN_LABEL_MAX_LENGTH} characters`;
    if (!LABEL.test(label)) return 'contains characters a domain name cannot have';
    if (label.startsWith('-') || label.endsWith('-')) return 'has a part that starts or ends with a hyphen';
  }
  if (/^[0-9]+$/.test(labels[labels.length - 1] ?? '')) return 'ends in a number, which no domain does';
  if (labels.length < minLabels) return 'is not a full domain name, e.g. api.example.com';
  return undefined;
}

function isIPv6(text: string): boolean {
  const bare = text.replace(/^\[|\](:\d+)?$/g, '');
  return ipaddr.IPv6.isValid(bare) || ipaddr.IPv6.isValidCIDR(bare);
}

function classifyIp(rule: string, list: RuleList): Classified {
  const slash = rule.indexOf('/');
  const address = slash === -1 ? rule : rule.slice(0, slash);
  if (!ipaddr.IPv4.isValidFourPartDecimal(address)) {
    return { kind: 'invalid', ipLike: true, message: `${list} entry "${rule}" is not a valid IPv4 address` };
  }
  const normalized = ipaddr.IPv4.parse(address).toString();
  if (slash === -1) return { kind: 'ip', address: normalized, prefixLength: 32 };
  const prefix = rule.slice(slash + 1);
  if (!/^[0-9]{1,2}$/.test(prefix) || Number(prefix) > 32) {
    return {
      kind: 'invalid',
      ipLike: true,
      message: `${list} entry "${rule}" has an invalid prefix length; use /0 to /32, e.g. 10.0.0.0/8`,
    };
  }
  return { kind: 'cidr', address: normalized, prefixLength: Number(prefix) };
}

function asciiHost(host: string): string | undefined {
  try {
    return new URL(`http://${host}`).hostname;
  } catch {
    return undefined;
  }
}

function classifyDomain(rule: string, list: RuleList): Classified {
  const invalid = (message: string): Classified => ({ kind: 'invalid', ipLike: false, message });
  if (rule === '*') {
    return invalid(`${list} entry "*" would allow everything; to allow all traffic leave ${list} empty`);
  }
  const wildcard = rule.startsWith('*.');
  const host = wildcard ? rule.slice(2) : rule;
  if (host.includes('*')) {
    return invalid(
      `${list} entry "${rule}" has a misplaced *; a wildcard is a leading "*.", e.g. *.github.com`,
    );
  }
  if (/[^\p{ASCII}]/u.test(host)) {
    const ascii = asciiHost(host);
    const hint = ascii ? `; use its ASCII form "${wildcard ? '*.' : ''}${ascii}"` : '';
    return invalid(`${list} entry "${rule}" contains non-ASCII characters${hint}`);
  }
  const problem = hostnameProblem(host, wildcard ? 1 : 2);
  if (problem) return invalid(`${list} entry "${rule}" ${problem}`);
  return wildcard
    ? { kind: 'wildcard', suffix: host.toLowerCase() }
    : { kind: 'domain', domain: host.toLowerCase() };
}

function classifyRule(rule: string, list: RuleList): Classified {
  const invalid = (message: string, ipLike = false): Classified => ({ kind: 'invalid', ipLike, message });
  if (rule === '') return invalid(`${list} entries cannot be empty`);
  if (/\s/.test(rule)) return invalid(`${list} entry "${rule}" contains spaces`);
  if (isIPv6(rule)) {
    const accepted = list === 'allow_out' ? 'an IPv4 address, IPv4 CIDR or domain' : 'an IPv4 CIDR';
    return invalid(`IPv6 is not supported, got "${rule}" in ${list}; use ${accepted}`, true);
  }
  if (rule.includes('://')) {
    const host = URL.canParse(rule) ? new URL(rule).hostname : '';
    const hint = host ? `; use just the host, e.g. "${host}"` : '';
    return invalid(`${list} entry "${rule}" is a URL${hint}`);
  }
  if (rule.includes(':')) {
    return invalid(`${list} entry "${rule}" has a port; rules cover every port, so leave it out`);
  }
  if (IPV4_LIKE.test(rule.split('/')[0] ?? '')) return classifyIp(rule, list);
  if (rule.includes('/'))
    return invalid(`${list} entry "${rule}" is not a valid CIDR range, e.g. 8.8.8.0/24`);
  return classifyDomain(rule, list);
}

/**
 * Parses an `allow_out` rule: an IPv4 address (`kind:'ip'`, prefix 32), an IPv4 CIDR, a domain
 * (lower-cased) or `*.domain` (`kind:'wildcard'`, the part after `*.`). Null when it is none of these.
 */
export function parseRule(rule: string): ParsedRule | null {
  const parsed = classifyRule(rule, 'allow_out');
  return parsed.kind === 'invalid' ? null : parsed;
}

/** The error message for an `allow_out` entry, or undefined when it is valid. */
export function checkAllowOutRule(rule: string): string | undefined {
  const parsed = classifyRule(rule, 'allow_out');
  return parsed.kind === 'invalid' ? parsed.message : undefined;
}

/** The error message for a `deny_out` entry (IPv4 CIDR or bare IPv4), or undefined when it is valid. */
export function checkDenyOutRule(rule: string): string | undefined {
  const parsed = classifyRule(rule, 'deny_out');
  if (parsed.kind === 'ip' || parsed.kind === 'cidr') return undefined;
  if (parsed.kind === 'invalid' && (parsed.ipLike || rule === '')) return parsed.message;
  return `deny_out accepts CIDR ranges only, e.g. 10.0.0.0/8 (got "${rule}")`;
}

/**
 * What the contract reads of one row of a rule-list editor: the rule, wrapped in an object because
 * react-hook-form field arrays need objects. The form's rows carry a stable id too (lib/sandbox-form RuleRow).
 */
export type RuleItem = { value: string };

/** Form rows → the API's list (empty rows dropped). */
export function rowsToRules(rows: ReadonlyArray<RuleItem>): string[] {
  return rows.map((row) => row.value).filter((value) => value !== '');
}

/** A problem of one rule row: `path` is relative to the rows' mount (`[1, 'value']`). */
export type RuleRowIssue = { path: [number, 'value']; message: string };

/** The issues of a list of form rows `{value}[]`, each checked by `check`; empty rows skipped. */
export function ruleRowIssues(
  rows: ReadonlyArray<RuleItem>,
  check: (rule: string) => string | undefined,
): RuleRowIssue[] {
  return rows.flatMap((row, index) => {
    // An empty row is the editor's "add another" row: ignored, never an error.
    const message = row.value === '' ? undefined : check(row.value);
    return message ? [{ path: [index, 'value'] as [number, 'value'], message }] : [];
  });
}
