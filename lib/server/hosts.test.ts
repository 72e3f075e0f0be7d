import { describe, expect, it } from 'vitest';

import { hostnameOf, hostRuleFromEnv, isAllowedHost, parseAllowedHosts } from './hosts';

const bare = hostRuleFromEnv({});
const behindProxy = hostRuleFromEnv({ CONSOLE_URL: 'https://console.example.com' });

describe('hostnameOf', () => {
  it.each([
    ['localhost:3000', 'localhost'],
    ['Console.Example.COM', 'console.example.com'],
    ['console.example.com.:443', 'console.example.com'],
    ['127.0.0.1:3201', '127.0.0.1'],
    ['0x7f.1', '127.0.0.1'],
    ['[::1]:3000', '[::1]'],
    ['[0:0:0:0:0:0:0:1]', '[::1]'],
    ['my_app:3000', 'my_app'],
  ])('reads %s as %s', (host, name) => {
    expect(hostnameOf(host)).toBe(name);
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['userinfo', 'evil.example@127.0.0.1'],
    ['a path', '127.0.0.1/x'],
    ['a space', 'local host'],
    ['two ports', 'localhost:1:2'],
    ['an unbracketed IPv6 address', '::1'],
    ['an invalid IPv4 address', '999.1.1.1'],
    ['a percent-escape', 'local%68ost'],
  ])('refuses %s', (_name, host) => {
    expect(hostnameOf(host)).toBeUndefined();
  });
});

describe('isAllowedHost', () => {
  it.each([
    'localhost:3000',
    'localhost',
    'app.localhost:3000',
    '127.0.0.1:3201',
    '127.1.2.3',
    '[::1]:3000',
    '192.168.1.20:3000',
    '10.0.0.5',
    '[fe80::1]:3000',
  ])('accepts %s without CONSOLE_URL (loopback, or an address, which no rebinding page can have)', (host) => {
    expect(isAllowedHost(host, bare)).toBe(true);
  });

  it.each([
    'evil.example:3201',
    'evil.example',
    'localhost.evil.example',
    '127.0.0.1.evil.example',
    'devbox:3000',
  ])('a rebinding Host gets refused: %s', (host) => {
    expect(isAllowedHost(host, bare)).toBe(false);
    expect(isAllowedHost(host, behindProxy)).toBe(false);
  });

  it('refuses a request without a Host header (HTTP/1.0)', () => {
    expect(isAllowedHost(null, bare)).toBe(false);
    expect(isAllowedHost('', behindProxy)).toBe(false);
  });

  it("accepts CONSOLE_URL's host name on any port, and loopback and addresses still", () => {
    for (const host of [
      'console.example.com',
      'console.example.com:443',
      'CONSOLE.example.com:8443',
      'localhost:3000',
      '127.0.0.1:3000',
      '10.1.2.3:3000',
    ]) {
      expect(isAllowedHost(host, behindProxy), host).toBe(true);
    }
    expect(isAllowedHost('other.example.com', behindProxy)).toBe(false);
    expect(isAllowedHost('example.com', behindProxy)).toBe(false);
    expect(isAllowedHost('evil.console.example.com', behindProxy)).toBe(false);
  });

  it('accepts the names of CONSOLE_ALLOWED_HOSTS and HOSTNAME, exactly', () => {
    const rule = hostRuleFromEnv({
      CONSOLE_ALLOWED_HOSTS: ' console.internal , Dash.Example.org ',
      HOSTNAME: 'devbox',
    });
    expect(isAllowedHost('console.internal:3000', rule)).toBe(true);
    expect(isAllowedHost('dash.example.org', rule)).toBe(true);
    expect(isAllowedHost('devbox:3000', rule)).toBe(true);
    expect(isAllowedHost('sub.console.internal', rule)).toBe(false);
  });

  it('adds no name for blank settings', () => {
    expect(hostRuleFromEnv({ CONSOLE_URL: ' ', CONSOLE_ALLOWED_HOSTS: '', HOSTNAME: '' }).names.size).toBe(0);
  });
});

describe('parseAllowedHosts (CONSOLE_ALLOWED_HOSTS, checked at start-up)', () => {
  it('reads comma-separated names', () => {
    expect(parseAllowedHosts('a.example, b.example,,')).toEqual({ names: ['a.example', 'b.example'] });
    expect(parseAllowedHosts(undefined)).toEqual({ names: [] });
  });

  it.each(['https://a.example', 'a.example:8443', 'a.example/path', 'a b'])(
    'refuses %s, naming the setting',
    (value) => {
      const result = parseAllowedHosts(value);
      expect(result).toHaveProperty('problem');
      expect((result as { problem: string }).problem).toMatch(/^CONSOLE_ALLOWED_HOSTS must be host names/);
    },
  );
});
