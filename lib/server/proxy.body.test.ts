import { describe, expect, it } from 'vitest';

import { DISCARD_MAX_BYTES } from '@/lib/contract';

import { MAX_BODY_BYTES } from './body';
import { callProxy, errorBody, SANDBOX_ID } from './proxy-test-kit';

const post = (body: BodyInit, headers: HeadersInit = {}) => ({ method: 'POST', body, headers });

/** A streamed body of `size` bytes, sent without a Content-Length; `pulled` counts the chunks read. */
function streamedBody(size: number, chunk = 16 * 1024) {
  let sent = 0;
  const state = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= size) return controller.close();
      const length = Math.min(chunk, size - sent);
      sent += length;
      state.pulled += 1;
      controller.enqueue(new TextEncoder().encode(' '.repeat(length)));
    },
  });
  return { stream, state };
}

describe('body validation against the contract', () => {
  it('answers 400 with the offending field before any upstream call', async () => {
    const { response, requests } = await callProxy(
      '/sandboxes',
      post(JSON.stringify({ name: 'demo', timeout_seconds: 0 })),
    );
    expect(response.status).toBe(400);
    const { error } = await errorBody(response);
    expect(error.code).toBe('bad_request');
    expect(error.message).toContain('timeout_seconds');
    expect(error.fields).toEqual([{ path: 'timeout_seconds', message: expect.stringContaining('604800') }]);
    expect(requests).toHaveLength(0);
  });

  it('names nested fields with a dotted path', async () => {
    const body = { name: 'demo', network: { allow_out: ['api.openai.com', 'not a domain'] } };
    const { response } = await callProxy('/sandboxes', post(JSON.stringify(body)));
    expect(response.status).toBe(400);
    const { error } = await errorBody(response);
    expect(error.fields).toEqual([expect.objectContaining({ path: 'network.allow_out.1' })]);
  });

  it('rejects unknown fields, as the API does', async () => {
    const { response, requests } = await callProxy(
      '/sandboxes',
      post(JSON.stringify({ name: 'demo', nmae: 'x' })),
    );
    expect(response.status).toBe(400);
    expect((await errorBody(response)).error.message).toContain('nmae');
    expect(requests).toHaveLength(0);
  });

  it.each([
    ['PATCH', `/sandboxes/${SANDBOX_ID}`, {}],
    ['POST', `/sandboxes/${SANDBOX_ID}/exec`, { command: '' }],
    ['POST', `/sandboxes/${SANDBOX_ID}/exec/stream`, { args: ['-l'] }],
    ['POST', '/templates', { name: 'Bad Name', build_spec: { from: 'python:3.11' } }],
  ])('validates the %s %s body too', async (method, path, body) => {
    const { response, requests } = await callProxy(path, { method, body: JSON.stringify(body) });
    expect(response.status).toBe(400);
    expect((await errorBody(response)).error.fields?.length).toBeGreaterThan(0);
    expect(requests).toHaveLength(0);
  });

  it('forwards a valid body as exactly the JSON that was checked', async () => {
    const body = { name: 'demo', metadata: { env: 'prod' }, env_vars: { TOKEN: 'x' } };
    const { response, requests } = await callProxy('/sandboxes', post(`  ${JSON.stringify(body)}\n`));
    expect(response.status).toBe(200);
    expect(requests[0]?.headers.get('content-type')).toBe('application/json');
    expect(await requests[0]?.json()).toEqual(body);
  });

  it('accepts a JSON content type with a charset, and a body without any content type', async () => {
    const withCharset = await callProxy(
      '/sandboxes',
      post('{"name":"a"}', { 'content-type': 'application/json; charset=utf-8' }),
    );
    expect(withCharset.response.status).toBe(200);
    // Bytes, not a string: a string body would get a text/plain content type from the Request constructor.
    const bytes = new TextEncoder().encode('{"name":"a"}');
    const bare = await callProxy('/sandboxes', post(bytes, { 'content-type': '' }));
    expect(bare.requests[0]?.headers.get('content-type')).toBe('application/json');
    expect(bare.response.status).toBe(200);
  });

  it.each([
    'application/x-www-form-urlencoded',
    'text/plain;charset=UTF-8',
    'multipart/form-data; boundary=x',
  ])('refuses the non-JSON content type %s with 415', async (type) => {
    const { response, requests } = await callProxy(
      '/sandboxes',
      post('{"name":"a"}', { 'content-type': type }),
    );
    expect(response.status).toBe(415);
    expect((await errorBody(response)).error.code).toBe('unsupported_media_type');
    expect(requests).toHaveLength(0);
  });

  it('does not forward a body to a path that takes none', async () => {
    const { response, requests } = await callProxy(
      `/sandboxes/${SANDBOX_ID}/pause`,
      post('{"anything":true}'),
    );
    expect(response.status).toBe(200);
    expect(requests[0]?.body).toBeNull();
    expect(requests[0]?.headers.has('content-type')).toBe(false);
  });
});

describe('malformed bodies', () => {
  it.each([
    ['truncated JSON', '{"name": "demo"'],
    ['trailing garbage', '{"name": "demo"} x'],
    ['single quotes', "{'name': 'demo'}"],
  ])('answers 400 for %s', async (_name, body) => {
    const { response, requests } = await callProxy('/sandboxes', post(body));
    expect(response.status).toBe(400);
    expect(await errorBody(response)).toEqual({
      error: { code: 'bad_request', message: 'The request body is not valid JSON.' },
    });
    expect(requests).toHaveLength(0);
  });

  it('answers 400 for an empty body', async () => {
    const { response } = await callProxy('/sandboxes', post(''));
    expect(response.status).toBe(400);
    expect((await errorBody(response)).error.message).toBe('The request body is empty; send a JSON object.');
  });

  it('answers 400 for bytes that are not UTF-8', async () => {
    const { response } = await callProxy('/sandboxes', post(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])));
    expect(response.status).toBe(400);
    expect((await errorBody(response)).error.message).toBe('The request body is not valid UTF-8 text.');
  });

  it('answers 400 with the contract message for JSON that is not an object', async () => {
    const { response } = await callProxy('/sandboxes', post('[1,2,3]'));
    expect(response.status).toBe(400);
    expect((await errorBody(response)).error.code).toBe('bad_request');
  });
});

describe('body size limit', () => {
  it('is 256 KB', () => {
    expect(MAX_BODY_BYTES).toBe(262_144);
  });

  it('answers 413 from the declared Content-Length, keeping none of the body', async () => {
    const { stream } = streamedBody(MAX_BODY_BYTES + 1);
    const init = {
      method: 'POST',
      body: stream,
      duplex: 'half',
      headers: { 'content-length': String(MAX_BODY_BYTES + 1) },
    };
    const { response, requests } = await callProxy('/sandboxes', init as RequestInit);
    expect(response.status).toBe(413);
    expect(await errorBody(response)).toEqual({
      error: { code: 'payload_too_large', message: 'The request body is larger than 256 KB.' },
    });
    expect(response.headers.get('connection')).toBe('close');
    expect(requests).toHaveLength(0);
  });

  it('reads the rest of a too-large body and drops it, so the 413 is not lost to a connection reset', async () => {
    const { stream, state } = streamedBody(4 * MAX_BODY_BYTES);
    const init = { method: 'POST', body: stream, duplex: 'half' };
    const { response } = await callProxy('/sandboxes', init as RequestInit);
    expect(response.status).toBe(413);
    expect(state.pulled).toBe((4 * MAX_BODY_BYTES) / (16 * 1024)); // every chunk, to the end
  });

  it(`does not read a body declared over ${DISCARD_MAX_BYTES / 1024 / 1024} MB at all`, async () => {
    const { stream, state } = streamedBody(2 * DISCARD_MAX_BYTES, 256 * 1024);
    const init = {
      method: 'POST',
      body: stream,
      duplex: 'half',
      headers: { 'content-length': String(2 * DISCARD_MAX_BYTES) },
    };
    const { response } = await callProxy('/sandboxes', init as RequestInit);
    expect(response.status).toBe(413);
    expect(state.pulled).toBeLessThanOrEqual(1); // at most what the stream queues up by itself
  });

  it.each([
    ['no Content-Length', {}],
    ['a Content-Length that lies', { 'content-length': '10' }],
  ])(
    'answers 413 from the bytes actually sent with %s, and stops reading a huge one',
    async (_name, headers) => {
      const chunk = 256 * 1024;
      const { stream, state } = streamedBody(2 * DISCARD_MAX_BYTES, chunk);
      const init = { method: 'POST', body: stream, duplex: 'half', headers };
      const { response, requests } = await callProxy('/sandboxes', init as RequestInit);
      expect(response.status).toBe(413);
      expect(state.pulled).toBeLessThanOrEqual(DISCARD_MAX_BYTES / chunk + 1); // stopped after the discard budget
      expect(requests).toHaveLength(0);
    },
  );

  it('accepts a body of exactly 256 KB (and validates it)', async () => {
    const padding = ' '.repeat(MAX_BODY_BYTES - '{"name":"a"}'.length);
    const { response, requests } = await callProxy('/sandboxes', post(`{"name":"a"}${padding}`));
    expect(response.status).toBe(200);
    expect(requests).toHaveLength(1);
  });
});
