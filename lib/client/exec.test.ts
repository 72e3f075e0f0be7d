import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error';
import { streamExec } from './exec';

afterEach(() => {
  vi.unstubAllGlobals();
});

const ID = '7d1c3f4e-0000-4000-8000-000000000001';

/** An SSE body whose chunks are released one at a time by the test. */
function controlledStream() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  const encoder = new TextEncoder();
  return {
    body,
    send: (text: string) => controller.enqueue(encoder.encode(text)),
    close: () => controller.close(),
  };
}

describe('streamExec', () => {
  it('posts the request and hands over each event as it arrives', async () => {
    const stream = controlledStream();
    const fetchMock = vi.fn(
      async (_url: string, _init: RequestInit) =>
        new Response(stream.body, { headers: { 'content-type': 'text/event-stream' } }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const events: unknown[] = [];
    const done = streamExec(
      ID,
      { command: 'echo hi', timeout_s: 5 },
      { onEvent: (data) => events.push(data) },
    );

    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalled());
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe(`/api/sandboxes/${ID}/exec/stream`);
    expect(init.method).toBe('POST');
    expect(init.body).toBe('{"command":"echo hi","timeout_s":5}');
    expect(new Headers(init.headers).get('accept')).toBe('text/event-stream');

    stream.send('data: {"stdout":"hi\\n"}\n\n');
    await vi.waitFor(() => expect(events).toEqual([{ stdout: 'hi\n' }]));
    stream.send('data: {"exit_code":0,"finished":true}\n\n');
    stream.close();
    await expect(done).resolves.toBe('ended');
    expect(events).toHaveLength(2);
  });

  it('stops reading when aborted', async () => {
    const stream = controlledStream();
    vi.stubGlobal('fetch', async () => new Response(stream.body));
    const controller = new AbortController();
    const events: unknown[] = [];
    const done = streamExec(
      ID,
      { command: 'sleep 9' },
      { onEvent: (d) => events.push(d), signal: controller.signal },
    );
    stream.send('data: {"stdout":"a"}\n\n');
    await vi.waitFor(() => expect(events).toHaveLength(1));
    controller.abort();
    await expect(done).resolves.toBe('aborted');
  });

  it('throws the API’s refusal before the stream starts', async () => {
    vi.stubGlobal('fetch', async () =>
      Response.json(
        { error: { code: 'conflict', message: 'Sandbox is not in a valid state for this operation' } },
        { status: 409 },
      ),
    );
    const error = await streamExec(ID, { command: 'ls' }, { onEvent: () => undefined }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: 'conflict' });
  });

  it('reports an unreachable server as a network error, and an abort before the answer as aborted', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(streamExec(ID, { command: 'ls' }, { onEvent: () => undefined })).rejects.toMatchObject({
      status: 0,
    });
    const controller = new AbortController();
    controller.abort();
    vi.stubGlobal('fetch', async () => {
      throw new DOMException('aborted', 'AbortError');
    });
    await expect(
      streamExec(ID, { command: 'ls' }, { onEvent: () => undefined, signal: controller.signal }),
    ).resolves.toBe('aborted');
  });
});
