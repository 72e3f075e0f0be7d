import { describe, expect, it } from 'vitest';
import {
  allowOutRowsSchema,
  checkAllowOutRule,
  checkDenyOutRule,
  denyOutRowsSchema,
  NetworkConfigResponseSchema,
  NetworkConfigSchema,
  parseRule,
  rowsToRules,
} from './network';
import { fieldErrors } from './test-helpers';

describe('parseRule', () => {
  it.each([
    ['8.8.8.8', { kind: 'ip', address: '8.8.8.8', prefixLength: 32 }],
    ['8.8.8.8/32', { kind: 'cidr', address: '8.8.8.8', prefixLength: 32 }],
    ['10.0.0.0/8', { kind: 'cidr', address: '10.0.0.0', prefixLength: 8 }],
    ['0.0.0.0/0', { kind: 'cidr', address: '0.0.0.0', prefixLength: 0 }],
    ['api.openai.com', { kind: 'domain', domain: 'api.openai.com' }],
    ['API.OpenAI.com', { kind: 'domain', domain: 'api.openai.com' }],
    ['xn--bcher-kva.de', { kind: 'domain', domain: 'xn--bcher-kva.de' }],
    ['*.github.com', { kind: 'wildcard', suffix: 'github.com' }],
    ['*.com', { kind: 'wildcard', suffix: 'com' }],
  ])('parses %j', (rule, parsed) => {
    expect(parseRule(rule)).toEqual(parsed);
  });

  it.each(['', '*', '::1', 'garbage here', 'not_a_domain.com', '256.1.1.1', 'localhost'])(
    'returns null for %j',
    (rule) => {
      expect(parseRule(rule)).toBeNull();
    },
  );
});

describe('checkAllowOutRule: accepted forms', () => {
  it.each([
    '8.8.8.8',
    '1.1.1.1/32',
    '203.0.113.0/24',
    '0.0.0.0/0',
    '10.1.2.3/8', // host bits set: accepted, as the backend's CIDR parser does
    'api.openai.com',
    'pypi.org',
    'my-host.example.co.uk',
    '*.github.com',
    '*.s3.amazonaws.com',
  ])('accepts %j', (rule) => {
    expect(checkAllowOutRule(rule)).toBeUndefined();
  });
});

describe('checkAllowOutRule: rejected forms', () => {
  it.each([
    ['', 'allow_out entries cannot be empty'],
    ['*', 'allow_out entry "*" would allow everything; to allow all traffic leave allow_out empty'],
    ['::1', 'IPv6 is not supported, got "::1" in allow_out; use an IPv4 address, IPv4 CIDR or domain'],
    [
      '2001:db8::/32',
      'IPv6 is not supported, got "2001:db8::/32" in allow_out; use an IPv4 address, IPv4 CIDR or domain',
    ],
    [
      '[2001:db8::1]',
      'IPv6 is not supported, got "[2001:db8::1]" in allow_out; use an IPv4 address, IPv4 CIDR or domain',
    ],
    ['256.1.1.1', 'allow_out entry "256.1.1.1" is not a valid IPv4 address'],
    ['1.2.3', 'allow_out entry "1.2.3" is not a valid IPv4 address'],
    ['010.0.0.1', 'allow_out entry "010.0.0.1" is not a valid IPv4 address'],
    [
      '10.0.0.0/33',
      'allow_out entry "10.0.0.0/33" has an invalid prefix length; use /0 to /32, e.g. 10.0.0.0/8',
    ],
    ['10.0.0.0/', 'allow_out entry "10.0.0.0/" has an invalid prefix length; use /0 to /32, e.g. 10.0.0.0/8'],
    ['example.com/24', 'allow_out entry "example.com/24" is not a valid CIDR range, e.g. 8.8.8.0/24'],
    [
      'https://api.openai.com/v1',
      'allow_out entry "https://api.openai.com/v1" is a URL; use just the host, e.g. "api.openai.com"',
    ],
    [
      'api.openai.com:443',
      'allow_out entry "api.openai.com:443" has a port; rules cover every port, so leave it out',
    ],
    [' api.openai.com', 'allow_out entry " api.openai.com" contains spaces'],
    [
      '*github.com',
      'allow_out entry "*github.com" has a misplaced *; a wildcard is a leading "*.", e.g. *.github.com',
    ],
    [
      'api.*.com',
      'allow_out entry "api.*.com" has a misplaced *; a wildcard is a leading "*.", e.g. *.github.com',
    ],
    [
      '*.*.com',
      'allow_out entry "*.*.com" has a misplaced *; a wildcard is a leading "*.", e.g. *.github.com',
    ],
    ['*.', 'allow_out entry "*." has an empty part (a dot at the start or end, or two dots)'],
    ['localhost', 'allow_out entry "localhost" is not a full domain name, e.g. api.example.com'],
    [
      'example..com',
      'allow_out entry "example..com" has an empty part (a dot at the start or end, or two dots)',
    ],
    [
      'example.com.',
      'allow_out entry "example.com." has an empty part (a dot at the start or end, or two dots)',
    ],
    ['-bad.example.com', 'allow_out entry "-bad.example.com" has a part that starts or ends with a hyphen'],
    ['under_score.com', 'allow_out entry "under_score.com" contains characters a domain name cannot have'],
    ['example.123', 'allow_out entry "example.123" ends in a number, which no domain does'],
    [
      'bücher.de',
      'allow_out entry "bücher.de" contains non-ASCII characters; use its ASCII form "xn--bcher-kva.de"',
    ],
    [`${'a'.repeat(64)}.com`, `allow_out entry "${'a'.repeat(64)}.com" has a part longer than 63 characters`],
  ])('rejects %j', (rule, message) => {
    expect(checkAllowOutRule(rule)).toBe(message);
  });

  it('rejects a domain over 253 characters', () => {
    const long = `${Array(5).fill('a'.repeat(60)).join('.')}.com`;
    expect(checkAllowOutRule(long)).toMatch(/is longer than 253 characters$/);
  });
});

describe('checkDenyOutRule', () => {
  it.each(['0.0.0.0/0', '10.0.0.0/8', '203.0.113.7/32', '8.8.8.8'])(
    'accepts %j (a bare IP counts as /32)',
    (rule) => {
      expect(checkDenyOutRule(rule)).toBeUndefined();
    },
  );
  it('parses a bare IP as a /32', () => {
    expect(parseRule('8.8.8.8')).toMatchObject({ prefixLength: 32 });
  });
  it.each(['example.com', '*.github.com', '*', 'garbage', 'https://example.com'])(
    'rejects domain-like %j',
    (rule) => {
      expect(checkDenyOutRule(rule)).toBe(
        `deny_out accepts CIDR ranges only, e.g. 10.0.0.0/8 (got "${rule}")`,
      );
    },
  );
  it.each([
    ['::/0', 'IPv6 is not supported, got "::/0" in deny_out; use an IPv4 CIDR'],
    [
      '10.0.0.0/40',
      'deny_out entry "10.0.0.0/40" has an invalid prefix length; use /0 to /32, e.g. 10.0.0.0/8',
    ],
    ['300.0.0.0/8', 'deny_out entry "300.0.0.0/8" is not a valid IPv4 address'],
    ['', 'deny_out entries cannot be empty'],
  ])('rejects %j with a specific message', (rule, message) => {
    expect(checkDenyOutRule(rule)).toBe(message);
  });
});

describe('NetworkConfigSchema', () => {
  it('accepts the documented example', () => {
    const network = { allow_out: ['api.openai.com', '*.github.com', '8.8.8.8/32'], deny_out: ['0.0.0.0/0'] };
    expect(NetworkConfigSchema.parse(network)).toEqual(network);
  });
  it('accepts empty lists and an empty object (clearing the rules)', () => {
    expect(fieldErrors(NetworkConfigSchema, { allow_out: [], deny_out: [] })).toEqual([]);
    expect(fieldErrors(NetworkConfigSchema, {})).toEqual([]);
  });
  it('puts each bad rule at its index', () => {
    expect(fieldErrors(NetworkConfigSchema, { allow_out: ['ok.com', '*'], deny_out: ['a.com'] })).toEqual([
      {
        path: 'allow_out.1',
        message: 'allow_out entry "*" would allow everything; to allow all traffic leave allow_out empty',
      },
      { path: 'deny_out.0', message: 'deny_out accepts CIDR ranges only, e.g. 10.0.0.0/8 (got "a.com")' },
    ]);
  });
  it('rejects unknown fields and wrong types', () => {
    expect(fieldErrors(NetworkConfigSchema, { allow: ['x.com'] })).toEqual([
      { path: '', message: 'network has unknown field "allow"; it takes allow_out and deny_out' },
    ]);
    expect(fieldErrors(NetworkConfigSchema, { allow_out: 'x.com' })).toEqual([
      { path: 'allow_out', message: 'allow_out must be a list of rules' },
    ]);
    expect(fieldErrors(NetworkConfigSchema, { deny_out: [8] })).toEqual([
      { path: 'deny_out.0', message: 'deny_out entries must be strings' },
    ]);
  });
  it('tolerates null lists and extra fields in responses', () => {
    expect(NetworkConfigResponseSchema.parse({ allow_out: null, extra: true })).toEqual({
      allow_out: null,
      extra: true,
    });
  });
});

describe('rule rows (form)', () => {
  it('puts issues at <index>.value and ignores empty rows', () => {
    expect(fieldErrors(allowOutRowsSchema, [{ value: 'ok.com' }, { value: '' }, { value: '::1' }])).toEqual([
      {
        path: '2.value',
        message: 'IPv6 is not supported, got "::1" in allow_out; use an IPv4 address, IPv4 CIDR or domain',
      },
    ]);
    expect(fieldErrors(denyOutRowsSchema, [{ value: 'example.com' }])).toEqual([
      { path: '0.value', message: 'deny_out accepts CIDR ranges only, e.g. 10.0.0.0/8 (got "example.com")' },
    ]);
  });
  it('converts rows to the API list without empty rows', () => {
    expect(rowsToRules([{ value: 'a.com' }, { value: '' }, { value: '1.1.1.1' }])).toEqual([
      'a.com',
      '1.1.1.1',
    ]);
  });
});
