import { describe, expect, it } from 'vitest';

import { proxyRequest } from './proxy';
import {
  ADMIN,
  apiRequest,
  callProxy,
  fakeUpstream,
  remoteConfig,
  SANDBOX_ID,
  memoryAudit,
} from './proxy-test-kit';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** An SSE upstream whose events the test releases one by one; `cancelled` resolves when the proxy cancels it. */
function controllableEventStream() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let onCancel!: () => void;
  const cancelled = new Promise<void>((resolve) => (onCancel = resolve));
  const body = new ReadableStream<Uint8Array>({
    start: (c) => void (controller = c),
    cancel: () => onCancel(),
  });
  return {
    response: new Response(body, {
      headers: {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache',
        'x-accel-buffering': 'no',
      },
    }),
    send: (data: object) => controller.enqueue(encoder.encode(`data: ${JSON.stringify(data)}\n\n`)),
    end: () => controller.close(),
    cancelled,
  };
}

const exec = { method: 'POST', body: JSON.stringify({ command: 'npm test' }) };

describe('text/event-stream passthrough', () => {
  it('delivers each event when the upstream sends it, before the stream ends', async () => {
    const upstream = controllableEventStream();
    const { response } = await callProxy(
      `/sandboxes/${SANDBOX_ID}/exec/stream`,
      exec,
      () => upstream.response,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    expect(response.headers.get('cache-control')).toBe('no-cache, no-transform');
    expect(response.headers.get('x-accel-buffering')).toBe('no');

    const reader = response.body!.getReader();
    upstream.send({ stdout: 'first\n' });
    const first = await reader.read(); // would hang here if the proxy waited for the end of the stream
    expect(decoder.decode(first.value)).toBe('data: {"stdout":"first\\n"}\n\n');

    upstream.send({ exit_code: 0, finished: true });
    expect(decoder.decode((await reader.read()).value)).toContain('"finished":true');
    upstream.end();
    expect((await reader.read()).done).toBe(true);
  });

  it('is not cut off by the upstream timeout once it has started', async () => {
    const upstream = controllableEventStream();
    const { response } = await callProxy(
      `/sandboxes/${SANDBOX_ID}/exec/stream`,
      exec,
      () => upstream.response,
      {
        config: { ...remoteConfig, timeoutMs: 100 },
      },
    );
    const reader = response.body!.getReader();
    await new Promise((resolve) => setTimeout(resolve, 250));
    upstream.send({ stdout: 'still here' });
    expect(decoder.decode((await reader.read()).value)).toContain('still here');
  });

  it('streams build logs (GET) the same way', async () => {
    const upstream = controllableEventStream();
    const path = `/templates/${SANDBOX_ID}/builds/${SANDBOX_ID}/logs`;
    const { response, requests } = await callProxy(
      path,
      { headers: { 'last-event-id': '7' } },
      () => upstream.response,
    );
    expect(requests[0]?.headers.get('last-event-id')).toBe('7');
    upstream.send({ stream: 'system', text: 'pulling python:3.11' });
    const first = await response.body!.getReader().read();
    expect(decoder.decode(first.value)).toContain('pulling python:3.11');
  });
});

describe('client disconnect', () => {
  it('aborts the upstream request while waiting for its response', async () => {
    const browser = new AbortController();
    const fake = fakeUpstream(() => new Promise<Response>(() => undefined));
    const request = apiRequest('/sandboxes', { signal: browser.signal });
    const pending = proxyRequest(request, ['sandboxes'], {
      config: remoteConfig,
      upstream: fake.upstream,
      requester: async () => ADMIN,
      audit: memoryAudit(),
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fake.requests[0]?.signal.aborted).toBe(false);
    browser.abort();
    await pending;
    expect(fake.requests[0]?.signal.aborted).toBe(true);
  });

  it('aborts the upstream request and cancels its stream when the browser leaves mid-stream', async () => {
    const browser = new AbortController();
    const upstream = controllableEventStream();
    const fake = fakeUpstream(() => upstream.response);
    const request = apiRequest(`/sandboxes/${SANDBOX_ID}/exec/stream`, { ...exec, signal: browser.signal });
    const response = await proxyRequest(request, ['sandboxes', SANDBOX_ID, 'exec', 'stream'], {
      config: remoteConfig,
      upstream: fake.upstream,
      requester: async () => ADMIN,
      audit: memoryAudit(),
    });
    upstream.send({ stdout: 'working' });
    await response.body!.getReader().read();
    browser.abort();
    expect(fake.requests[0]?.signal.aborted).toBe(true);
  });

  it('cancels the upstream stream when the browser stops reading it', async () => {
    const upstream = controllableEventStream();
    const fake = fakeUpstream(() => upstream.response);
    const response = await proxyRequest(
      apiRequest(`/sandboxes/${SANDBOX_ID}/exec/stream`, exec),
      ['sandboxes', SANDBOX_ID, 'exec', 'stream'],
      { config: remoteConfig, upstream: fake.upstream, requester: async () => ADMIN, audit: memoryAudit() },
    );
    await response.body!.cancel();
    await upstream.cancelled; // would time out if the cancel did not reach the upstream
    expect(fake.requests[0]?.signal.aborted).toBe(true);
  });
});

describe('bodiless responses', () => {
  it.each([204, 205, 304])('sends %i without a body', async (status) => {
    const { response } = await callProxy(
      `/sandboxes/${SANDBOX_ID}`,
      { method: 'DELETE' },
      () => new Response(null, { status, headers: { 'content-type': 'application/json' } }),
    );
    expect(response.status).toBe(status);
    expect(response.body).toBeNull();
  });

  it('sends no body for HEAD even if the upstream sends one', async () => {
    const { response } = await callProxy('/sandboxes', { method: 'HEAD' }, () =>
      Response.json([], { headers: { 'x-total-count': '3' } }),
    );
    expect(response.status).toBe(200);
    expect(response.body).toBeNull();
    expect(response.headers.get('x-total-count')).toBe('3');
  });

  it('passes other content types through as a stream', async () => {
    const { response } = await callProxy(
      '/health',
      {},
      () => new Response('ok', { headers: { 'content-type': 'text/plain' } }),
    );
    expect(await response.text()).toBe('ok');
    expect(response.headers.get('content-type')).toBe('text/plain');
  });
});
