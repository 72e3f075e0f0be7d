import { describe, expect, it } from 'vitest';

import { proxyRequest } from './proxy';
import {
  ADMIN,
  apiRequest,
  callProxy,
  remoteConfig,
  SANDBOX_ID,
  SECRET_KEY,
  memoryAudit,
} from './proxy-test-kit';
import { stripAccessTokens } from './redact';
import type { Upstream } from './upstream';

const sandbox = {
  id: SANDBOX_ID,
  name: 'demo',
  status: 'active',
  access_token: 'tok_sandbox_secret',
  metadata: { env: 'prod' },
};

describe('access_token redaction', () => {
  it('removes access_token from a sandbox and keeps every other field', async () => {
    const { response } = await callProxy(`/sandboxes/${SANDBOX_ID}`, {}, () => Response.json(sandbox));
    const { access_token: _token, ...rest } = sandbox;
    expect(await response.json()).toEqual(rest);
  });

  it('removes it from every item of an array, and at any depth', async () => {
    const body = [sandbox, { ...sandbox, nested: { deeper: [{ access_token: 'tok_2', keep: 1 }] } }];
    const { response } = await callProxy('/sandboxes', {}, () => Response.json(body));
    const text = await response.text();
    expect(text).not.toContain('access_token');
    expect(text).not.toContain('tok_');
    expect(JSON.parse(text)[1].nested).toEqual({ deeper: [{ keep: 1 }] });
  });

  it('removes it from the resume and activate answers, on error statuses too', async () => {
    for (const status of [200, 201, 409]) {
      const { response } = await callProxy(`/sandboxes/${SANDBOX_ID}/resume`, { method: 'POST' }, () =>
        Response.json({ id: SANDBOX_ID, status: 'active', access_token: 'tok_fresh' }, { status }),
      );
      expect(await response.json()).toEqual({ id: SANDBOX_ID, status: 'active' });
    }
  });

  it('catches a key spelled with JSON escapes', () => {
    expect(JSON.parse(stripAccessTokens('{"access\\u005ftoken":"tok","id":"x"}'))).toEqual({ id: 'x' });
  });

  it('keeps a metadata tag named access_token: the user chose it, it reads back as sent', async () => {
    const tagged = { ...sandbox, metadata: { access_token: 'my-own-tag', env: 'prod' } };
    const { response } = await callProxy(`/sandboxes/${SANDBOX_ID}`, {}, () => Response.json(tagged));
    const { access_token: _token, ...rest } = tagged;
    expect(await response.json()).toEqual(rest);
    const listed = await callProxy('/sandboxes', {}, () => Response.json([tagged]));
    expect(((await listed.response.json()) as (typeof rest)[])[0]?.metadata).toEqual(tagged.metadata);
  });

  it('still removes a token object nested under metadata, which no tag can be', () => {
    const text = JSON.stringify({ metadata: { inner: { access_token: 'tok' } } });
    expect(JSON.parse(stripAccessTokens(text))).toEqual({ metadata: { inner: {} } });
  });

  it('keeps a value that merely mentions the word', () => {
    const text = '{"name":"access_token rotation demo"}';
    expect(stripAccessTokens(text)).toBe(text);
  });

  it('works for JSON content types with parameters and +json suffixes', async () => {
    const { response } = await callProxy(
      `/sandboxes/${SANDBOX_ID}`,
      {},
      () =>
        new Response(JSON.stringify(sandbox), {
          headers: { 'content-type': 'application/vnd.api+json; charset=utf-8' },
        }),
    );
    expect(await response.text()).not.toContain('tok_sandbox_secret');
  });
});

describe('the API key never leaves the server', () => {
  // One request for each kind of answer the proxy gives, upstream echoing the key included.
  const scenarios: [string, () => Promise<Response>, string[]][] = [];
  function scenario(name: string, run: (logs: string[]) => Promise<Response>) {
    const logs: string[] = [];
    scenarios.push([name, () => run(logs), logs]);
  }
  const deps = (logs: string[], upstream: Upstream, timeoutMs = 2_000) => ({
    config: { ...remoteConfig, timeoutMs },
    upstream,
    requester: async () => ADMIN,
    audit: memoryAudit(),
    log: (line: string) => logs.push(line),
  });
  const echoKey: Upstream = async (request) =>
    Response.json({ debug: `got key ${request.headers.get('x-api-key')}`, list: [] });

  scenario('a success', (logs) => proxyRequest(apiRequest('/sandboxes'), ['sandboxes'], deps(logs, echoKey)));
  scenario('a 404 route', (logs) => proxyRequest(apiRequest('/nope'), ['nope'], deps(logs, echoKey)));
  scenario('a 400 body', (logs) =>
    proxyRequest(
      apiRequest('/sandboxes', { method: 'POST', body: '{}' }),
      ['sandboxes'],
      deps(logs, echoKey),
    ),
  );
  scenario('a 403', (logs) =>
    proxyRequest(
      apiRequest('/sandboxes', { method: 'POST', body: '{}', headers: { origin: 'https://evil.example' } }),
      ['sandboxes'],
      deps(logs, echoKey),
    ),
  );
  scenario('an unreachable upstream whose error names the key', (logs) =>
    proxyRequest(
      apiRequest('/sandboxes'),
      ['sandboxes'],
      deps(logs, async (request) => {
        throw new TypeError(`connect failed with header ${request.headers.get('x-api-key')}`);
      }),
    ),
  );
  scenario('a timeout', (logs) =>
    proxyRequest(
      apiRequest('/sandboxes'),
      ['sandboxes'],
      deps(logs, () => new Promise(() => undefined), 50),
    ),
  );
  scenario('an upstream error', (logs) =>
    proxyRequest(
      apiRequest('/sandboxes'),
      ['sandboxes'],
      deps(logs, async (request) =>
        Response.json(
          { error: { code: 'auth_failed', message: `bad key ${request.headers.get('x-api-key')}` } },
          { status: 401, headers: { 'www-authenticate': `ApiKey ${request.headers.get('x-api-key')}` } },
        ),
      ),
    ),
  );

  it.each(scenarios)('is not in the status line, headers, body or log of %s', async (_name, run, logs) => {
    const response = await run();
    const everything = [
      response.statusText,
      ...[...response.headers].flat(),
      await response.text(),
      ...logs,
    ].join('\n');
    expect(everything).not.toContain(SECRET_KEY);
  });

  it('does reach the upstream, so the redaction above is not vacuous', async () => {
    const { requests } = await callProxy('/sandboxes');
    expect(requests[0]?.headers.get('x-api-key')).toBe(SECRET_KEY);
  });
});
