import { describe, expect, it } from 'vitest';
import { decideEgress, parseDestination } from './egress';

const DOCUMENTED = { allow_out: ['api.openai.com', '*.github.com', '8.8.8.8/32'], deny_out: ['0.0.0.0/0'] };

describe('parseDestination', () => {
  it.each([
    ['api.openai.com', 'domain', 'api.openai.com'],
    ['API.OpenAI.com', 'domain', 'api.openai.com'],
    ['https://api.openai.com:443/v1/chat?x=1', 'domain', 'api.openai.com'],
    ['http://user:pw@example.com/', 'domain', 'example.com'],
    ['example.com:8080/path', 'domain', 'example.com'],
    ['example.com.', 'domain', 'example.com'],
    ['bücher.de', 'domain', 'xn--bcher-kva.de'],
    ['8.8.8.8', 'ip', '8.8.8.8'],
    ['http://8.8.8.8:53', 'ip', '8.8.8.8'],
    ['127.1', 'ip', '127.0.0.1'], // curl reads short forms the same way
  ])('reads %j as %s %s', (input, kind, host) => {
    expect(parseDestination(input)).toMatchObject({ kind, host });
  });
  it.each(['', '   ', 'not a host', 'http://', '::1', 'http://[::1]:80/', 'a*b.com'])(
    'rejects %j',
    (input) => {
      expect(parseDestination(input).kind).toBe('invalid');
    },
  );
});

describe('decideEgress: step 0, always-blocked ranges come first', () => {
  it.each([
    ['10.1.2.3', '10.0.0.0/8', 'a private'],
    ['172.16.0.1', '172.16.0.0/12', 'a private'],
    ['172.31.255.255', '172.16.0.0/12', 'a private'],
    ['192.168.1.1', '192.168.0.0/16', 'a private'],
    ['127.0.0.1', '127.0.0.0/8', 'the loopback'],
    ['169.254.169.254', '169.254.0.0/16', 'the link-local'],
    ['http://localhost:3000/', '127.0.0.0/8', 'the loopback'],
  ])('blocks %s (in %s)', (destination, range, kind) => {
    // Even an allow rule covering everything cannot open these.
    const decision = decideEgress(destination, { allow_out: ['0.0.0.0/0', '10.1.2.3'] });
    expect(decision).toMatchObject({ allowed: false, step: 'private', rule: range });
    expect(decision.reason).toContain(`${kind} range the platform always blocks`);
  });
  it('does not treat neighbours of the private ranges as private', () => {
    expect(decideEgress('172.32.0.1').step).toBe('no_rules');
    expect(decideEgress('11.0.0.1').step).toBe('no_rules');
  });
});

describe('decideEgress: step 1, no rules', () => {
  it.each([undefined, null, {}, { allow_out: [], deny_out: [] }, { allow_out: null }])(
    'allows with %j',
    (network) => {
      expect(decideEgress('example.com', network)).toEqual({
        allowed: true,
        step: 'no_rules',
        reason: 'No egress rules are set, so example.com is allowed',
      });
    },
  );
});

describe('decideEgress: step 2, allow_out matches', () => {
  it('matches a domain exactly, case-insensitively', () => {
    expect(decideEgress('API.OPENAI.COM', DOCUMENTED)).toMatchObject({
      allowed: true,
      step: 'allow_match',
      rule: 'api.openai.com',
    });
    expect(decideEgress('x.api.openai.com', DOCUMENTED).step).not.toBe('allow_match');
  });
  it('matches a rule written in capitals', () => {
    expect(decideEgress('pypi.org', { allow_out: ['PyPI.org'], deny_out: [] }).step).toBe('allow_match');
  });
  it('matches *.github.com at any depth, but not github.com itself', () => {
    expect(decideEgress('api.github.com', DOCUMENTED)).toMatchObject({ allowed: true, rule: '*.github.com' });
    expect(decideEgress('a.b.c.github.com', DOCUMENTED)).toMatchObject({
      allowed: true,
      rule: '*.github.com',
    });
    expect(decideEgress('github.com', DOCUMENTED)).toMatchObject({ allowed: false, step: 'deny_match' });
    expect(decideEgress('evilgithub.com', DOCUMENTED)).toMatchObject({ allowed: false });
  });
  it('matches an IP against IP and CIDR rules', () => {
    expect(decideEgress('8.8.8.8', DOCUMENTED)).toMatchObject({ allowed: true, rule: '8.8.8.8/32' });
    expect(decideEgress('8.8.4.4', DOCUMENTED)).toMatchObject({ allowed: false });
    expect(decideEgress('203.0.113.77', { allow_out: ['203.0.113.0/24'] })).toMatchObject({
      allowed: true,
      step: 'allow_match',
    });
    expect(decideEgress('1.1.1.1', { allow_out: ['1.1.1.1'] })).toMatchObject({
      allowed: true,
      rule: '1.1.1.1',
    });
  });
  it('takes the host out of a URL', () => {
    expect(decideEgress('https://api.openai.com/v1/chat/completions', DOCUMENTED)).toMatchObject({
      allowed: true,
      rule: 'api.openai.com',
      reason: 'api.openai.com matches the allow_out rule "api.openai.com"',
    });
  });
  it('wins over a deny rule that also matches (allow before deny, per the docs)', () => {
    expect(decideEgress('8.8.8.8', { allow_out: ['8.8.8.8'], deny_out: ['8.0.0.0/8'] }).step).toBe(
      'allow_match',
    );
  });
  it('ignores invalid rules instead of matching them', () => {
    expect(decideEgress('example.com', { allow_out: ['*', 'bad rule'] }).step).toBe('implicit_deny');
  });
});

describe('decideEgress: step 3, deny_out', () => {
  it('blocks an IP inside a deny range, naming it', () => {
    expect(decideEgress('1.1.1.1', DOCUMENTED)).toEqual({
      allowed: false,
      step: 'deny_match',
      rule: '0.0.0.0/0',
      reason: '1.1.1.1 is in the deny_out range "0.0.0.0/0"',
    });
    expect(decideEgress('203.0.113.9', { deny_out: ['203.0.113.0/24'] })).toMatchObject({
      allowed: false,
      rule: '203.0.113.0/24',
    });
  });
  it('treats a bare deny IP as /32', () => {
    expect(decideEgress('203.0.113.9', { deny_out: ['203.0.113.9'] }).step).toBe('deny_match');
    expect(decideEgress('203.0.113.10', { deny_out: ['203.0.113.9'] }).step).toBe('default_allow');
  });
  it('covers a domain only with 0.0.0.0/0, since a domain has no IP yet', () => {
    expect(decideEgress('example.com', DOCUMENTED)).toEqual({
      allowed: false,
      step: 'deny_match',
      rule: '0.0.0.0/0',
      reason: 'example.com is blocked by the deny_out range "0.0.0.0/0", which covers every IP address',
    });
    const decision = decideEgress('example.com', { deny_out: ['93.184.0.0/16'] });
    expect(decision).toMatchObject({ allowed: true, step: 'default_allow' });
    expect(decision.reason).toContain('test the IP this name resolves to');
  });
});

describe('decideEgress: step 4, implicit deny', () => {
  it('blocks what no allow rule matches once allow_out has rules', () => {
    expect(decideEgress('example.com', { allow_out: ['api.openai.com'] })).toEqual({
      allowed: false,
      step: 'implicit_deny',
      reason: 'example.com matches no allow_out rule; once allow_out has rules, everything else is blocked',
    });
    expect(decideEgress('9.9.9.9', { allow_out: ['8.8.8.8/32'], deny_out: ['1.0.0.0/8'] }).step).toBe(
      'implicit_deny',
    );
  });
});

describe('decideEgress: step 5, default allow', () => {
  it('allows what no rule mentions when only deny_out is set', () => {
    expect(decideEgress('9.9.9.9', { deny_out: ['1.0.0.0/8'] })).toEqual({
      allowed: true,
      step: 'default_allow',
      reason: '9.9.9.9 matches no rule, so it is allowed',
    });
  });
});

describe('decideEgress: invalid destinations', () => {
  it('refuses to guess', () => {
    expect(decideEgress('not a host', DOCUMENTED)).toEqual({
      allowed: false,
      step: 'invalid',
      reason: '"not a host" is not a host name, IPv4 address or URL',
    });
    for (const ipv6 of ['[2001:db8::1]', '2001:db8::1', '::1', 'http://[::1]:8080/']) {
      expect(decideEgress(ipv6, {})).toMatchObject({
        step: 'invalid',
        reason: expect.stringContaining('IPv6'),
      });
    }
  });
});

describe('decideEgress: the documented example end to end', () => {
  it.each([
    ['api.openai.com', true],
    ['https://uploads.github.com/repos', true],
    ['8.8.8.8', true],
    ['github.com', false],
    ['pypi.org', false],
    ['1.1.1.1', false],
    ['192.168.0.10', false],
  ])('%s → allowed %s', (destination, allowed) => {
    expect(decideEgress(destination, DOCUMENTED).allowed).toBe(allowed);
  });
});
