import { describe, expect, it } from 'vitest';
import { DEFAULT_API_URL } from '@/lib/contract/api-url';
import { parseConfig, toPublicConfig } from '@/lib/server/config';
import { snippetBaseUrl, type SnippetApi } from './base-url';
import { connectCurlSnippet, connectTypescriptSnippet } from './connect';
import { curlSnippet } from './request';

const remote = (apiUrl: string): SnippetApi => ({ mode: 'remote', apiUrl });
const ORIGIN = 'http://localhost:3000';

describe('snippetBaseUrl', () => {
  it('names the public API as it is', () => {
    expect(snippetBaseUrl(remote(DEFAULT_API_URL), ORIGIN)).toBe('https://api.superserve.ai');
  });

  it('keeps an http:// scheme and a port (a plain-HTTP gateway or a local server)', () => {
    expect(snippetBaseUrl(remote('http://localhost:8080'), ORIGIN)).toBe('http://localhost:8080');
    expect(snippetBaseUrl(remote('http://10.0.0.5:9000'), ORIGIN)).toBe('http://10.0.0.5:9000');
  });

  it('keeps a path prefix', () => {
    expect(snippetBaseUrl(remote('https://gateway.example.test/superserve/v1'), ORIGIN)).toBe(
      'https://gateway.example.test/superserve/v1',
    );
  });

  it('drops trailing slashes, since the snippets append /sandboxes', () => {
    expect(snippetBaseUrl(remote('https://gateway.example.test/superserve//'), ORIGIN)).toBe(
      'https://gateway.example.test/superserve',
    );
    expect(snippetBaseUrl(remote('http://localhost:8080/'), ORIGIN)).toBe('http://localhost:8080');
    expect(snippetBaseUrl({ mode: 'local' }, `${ORIGIN}/`)).toBe(`${ORIGIN}/emulator`);
  });

  it('points at this dashboard’s /emulator in local mode, at the origin the browser sees', () => {
    expect(snippetBaseUrl({ mode: 'local' }, ORIGIN)).toBe('http://localhost:3000/emulator');
    expect(snippetBaseUrl({ mode: 'local' }, 'https://console.example.test')).toBe(
      'https://console.example.test/emulator',
    );
  });
});

describe('the snippets’ base URL from SUPERSERVE_API_URL', () => {
  const fromEnv = (url: string) =>
    snippetBaseUrl(
      toPublicConfig(parseConfig({ SUPERSERVE_API_KEY: 'ss_live_x', SUPERSERVE_API_URL: url })),
      ORIGIN,
    );

  it('is the configured URL, not https:// plus its host', () => {
    expect(fromEnv('http://gateway.test:8080/superserve/')).toBe('http://gateway.test:8080/superserve');
    expect(fromEnv('https://api.example.test/v1')).toBe('https://api.example.test/v1');
  });

  it('reaches the snippets whole: curl, and the SDK’s baseUrl', () => {
    const base = fromEnv('http://gateway.test:8080/superserve');
    const id = '5eed0000-0000-4000-8000-000000000005';
    expect(curlSnippet({ name: 'a' }, { defaultBaseUrl: base })).toContain(
      '--url "${SUPERSERVE_BASE_URL:-http://gateway.test:8080/superserve}/sandboxes"',
    );
    expect(connectCurlSnippet(id, { defaultBaseUrl: base })).toContain(
      `\${SUPERSERVE_BASE_URL:-http://gateway.test:8080/superserve}/sandboxes/${id}/exec`,
    );
    expect(connectTypescriptSnippet(id, { defaultBaseUrl: base })).toContain(
      'baseUrl: process.env.SUPERSERVE_BASE_URL ?? "http://gateway.test:8080/superserve",',
    );
  });

  it('leaves the SDK on its own default for the public API', () => {
    const base = snippetBaseUrl(toPublicConfig(parseConfig({ SUPERSERVE_API_KEY: 'ss_live_x' })), ORIGIN);
    expect(base).toBe(DEFAULT_API_URL);
    expect(connectTypescriptSnippet('id', { defaultBaseUrl: base })).not.toContain('baseUrl');
  });
});
