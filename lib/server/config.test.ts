import { describe, expect, it } from 'vitest';

import { DEFAULT_API_URL } from '@/lib/contract/api-url';

import {
  ConfigError,
  DEFAULT_DATA_DIR,
  DEFAULT_EMULATOR_API_KEY,
  DEFAULT_TIMEOUT_MS,
  parseConfig,
  toPublicConfig,
} from './config';

function configError(env: Record<string, string>): ConfigError {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  it('runs on the emulator with defaults when nothing is set', () => {
    expect(parseConfig({})).toEqual({
      mode: 'local',
      apiUrl: DEFAULT_API_URL,
      apiKey: DEFAULT_EMULATOR_API_KEY,
      timeoutMs: DEFAULT_TIMEOUT_MS,
      dataDir: DEFAULT_DATA_DIR,
    });
    expect(DEFAULT_TIMEOUT_MS).toBe(30_000);
    expect(DEFAULT_API_URL).toBe('https://api.superserve.ai');
  });

  it('switches to remote mode when SUPERSERVE_API_KEY is set, and sends that key', () => {
    const config = parseConfig({ SUPERSERVE_API_KEY: 'ss_live_abc123', EMULATOR_API_KEY: 'local-key' });
    expect(config.mode).toBe('remote');
    expect(config.apiKey).toBe('ss_live_abc123');
  });

  it('treats an empty or blank setting as unset, as a `KEY=` line in .env means', () => {
    expect(
      parseConfig({ SUPERSERVE_API_KEY: '', SUPERSERVE_API_TIMEOUT_MS: ' ', DATA_DIR: '' }),
    ).toMatchObject({
      mode: 'local',
      timeoutMs: DEFAULT_TIMEOUT_MS,
      dataDir: DEFAULT_DATA_DIR,
    });
  });

  it('uses EMULATOR_API_KEY and DATA_DIR in local mode', () => {
    expect(parseConfig({ EMULATOR_API_KEY: 'my-local-key', DATA_DIR: '/tmp/state' })).toMatchObject({
      mode: 'local',
      apiKey: 'my-local-key',
      dataDir: '/tmp/state',
    });
  });

  it('accepts http and https base URLs, keeps a path prefix and drops trailing slashes', () => {
    expect(parseConfig({ SUPERSERVE_API_URL: 'http://localhost:8080/' }).apiUrl).toBe(
      'http://localhost:8080',
    );
    expect(parseConfig({ SUPERSERVE_API_URL: 'https://example.test/emulator//' }).apiUrl).toBe(
      'https://example.test/emulator',
    );
  });

  it.each(['ftp://api.superserve.ai', 'api.superserve.ai', 'javascript:alert(1)', 'not a url'])(
    'rejects SUPERSERVE_API_URL=%s, naming the variable',
    (value) => {
      const error = configError({ SUPERSERVE_API_URL: value });
      expect(error.message).toContain('SUPERSERVE_API_URL');
      expect(error.message).toContain('http:// or https://');
    },
  );

  it('rejects a base URL with credentials, a query or a fragment', () => {
    for (const value of ['https://user:pw@api.test', 'https://api.test/?x=1', 'https://api.test/#top']) {
      expect(configError({ SUPERSERVE_API_URL: value }).problems[0]).toMatch(
        /^SUPERSERVE_API_URL must be a plain/,
      );
    }
  });

  it('parses SUPERSERVE_API_TIMEOUT_MS and rejects non-numbers and out-of-range values', () => {
    expect(parseConfig({ SUPERSERVE_API_TIMEOUT_MS: '5000' }).timeoutMs).toBe(5000);
    expect(configError({ SUPERSERVE_API_TIMEOUT_MS: '30s' }).message).toContain(
      'SUPERSERVE_API_TIMEOUT_MS must be a whole number of milliseconds',
    );
    expect(configError({ SUPERSERVE_API_TIMEOUT_MS: '-1' }).message).toContain('SUPERSERVE_API_TIMEOUT_MS');
    expect(configError({ SUPERSERVE_API_TIMEOUT_MS: '10' }).message).toContain('at least 100 ms');
    expect(configError({ SUPERSERVE_API_TIMEOUT_MS: '9999999' }).message).toContain('at most 600000 ms');
  });

  it('rejects a key with a stray space or line break without ever echoing the key', () => {
    const secret = 'ss_live_secret value';
    const error = configError({ SUPERSERVE_API_KEY: `${secret}\n` });
    expect(error.message).toContain('SUPERSERVE_API_KEY');
    expect(error.message).not.toContain('ss_live_secret');
    expect(configError({ EMULATOR_API_KEY: 'two words' }).message).toContain('EMULATOR_API_KEY');
  });

  it('names every bad variable at once', () => {
    const error = configError({ SUPERSERVE_API_URL: 'ftp://x', SUPERSERVE_API_TIMEOUT_MS: 'soon' });
    expect(error.problems).toHaveLength(2);
    expect(error.message).toMatch(
      /^Invalid configuration:\n {2}- SUPERSERVE_API_URL .*\n {2}- SUPERSERVE_API_TIMEOUT_MS /,
    );
  });
});

describe('toPublicConfig', () => {
  it('gives the mode, the API host and the full API URL in remote mode, never the key', () => {
    const config = parseConfig({
      SUPERSERVE_API_KEY: 'ss_live_abc123',
      SUPERSERVE_API_URL: 'https://api.example.test:8443/v1',
    });
    const publicConfig = toPublicConfig(config);
    expect(publicConfig).toEqual({
      mode: 'remote',
      apiHost: 'api.example.test:8443',
      apiUrl: 'https://api.example.test:8443/v1',
    });
    expect(JSON.stringify(publicConfig)).not.toContain('ss_live_abc123');
  });

  it('keeps an http:// scheme and a path prefix of SUPERSERVE_API_URL, without the trailing slash', () => {
    const publicConfig = toPublicConfig(
      parseConfig({
        SUPERSERVE_API_KEY: 'ss_live_abc123',
        SUPERSERVE_API_URL: 'http://gateway.test/superserve/',
      }),
    );
    expect(publicConfig).toEqual({
      mode: 'remote',
      apiHost: 'gateway.test',
      apiUrl: 'http://gateway.test/superserve',
    });
  });

  it('names the public API by default in remote mode', () => {
    expect(toPublicConfig(parseConfig({ SUPERSERVE_API_KEY: 'ss_live_abc123' }))).toMatchObject({
      apiUrl: DEFAULT_API_URL,
    });
  });

  it('names the emulator in local mode, with no URL and never the key', () => {
    const publicConfig = toPublicConfig(
      parseConfig({ EMULATOR_API_KEY: 'local-secret', SUPERSERVE_API_URL: 'https://api.example.test' }),
    );
    expect(publicConfig).toEqual({ mode: 'local', apiHost: 'emulator' });
    expect(JSON.stringify(publicConfig)).not.toContain('local-secret');
  });

  it('never carries a key, whatever the settings', () => {
    const keys = { SUPERSERVE_API_KEY: 'ss_live_remote_secret', EMULATOR_API_KEY: 'emulator_secret' };
    for (const env of [keys, { EMULATOR_API_KEY: keys.EMULATOR_API_KEY }]) {
      const text = JSON.stringify(toPublicConfig(parseConfig(env)));
      expect(text).not.toContain(keys.SUPERSERVE_API_KEY);
      expect(text).not.toContain(keys.EMULATOR_API_KEY);
      expect(text).not.toMatch(/key/i);
    }
  });
});
