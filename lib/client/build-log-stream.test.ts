import { afterEach, describe, expect, it, vi } from 'vitest';
import { restartingFrame } from '@/lib/contract/restarting';
import { ApiError } from './api-error';
import { streamBuildLog, toBuildLogEvent } from './build-log-stream';

afterEach(() => {
  vi.unstubAllGlobals();
});

const sse = (...events: unknown[]) =>
  events.map((event) => `data: ${typeof event === 'string' ? event : JSON.stringify(event)}\n\n`).join('');

describe('toBuildLogEvent', () => {
  it('keeps a log event, and turns anything else into a system line so the count stays right', () => {
    expect(toBuildLogEvent({ stream: 'stdout', text: 'hi', timestamp: 't' })).toMatchObject({
      stream: 'stdout',
      text: 'hi',
    });
    expect(toBuildLogEvent('not json')).toEqual({ stream: 'system', text: 'not json' });
    expect(toBuildLogEvent(42)).toEqual({ stream: 'system', text: '42' });
  });
});

describe('streamBuildLog', () => {
  it('asks the proxy for the log, opens before the first event, then hands over each event in order', async () => {
    const calls: string[] = [];
    const fetchMock = vi.fn(
      async (_url: string, _init: RequestInit) =>
        new Response(sse({ stream: 'system', text: 'queued' }, { stream: 'stdout', text: 'one' }), {
          headers: { 'content-type': 'text/event-stream' },
        }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const outcome = await streamBuildLog('tpl 1', 'b/2', {
      signal: new AbortController().signal,
      onOpen: () => calls.push('open'),
      onEvent: (event) => calls.push(event.text),
    });
    expect(outcome).toBe('ended');
    expect(calls).toEqual(['open', 'queued', 'one']);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/templates/tpl%201/builds/b%2F2/logs');
    expect(new Headers(init.headers).get('accept')).toBe('text/event-stream');
  });

  it('tells the server’s restarting event apart: not a log line (the merge counts lines), a signal to reconnect', async () => {
    const calls: string[] = [];
    vi.stubGlobal(
      'fetch',
      async () =>
        new Response(sse({ stream: 'stdout', text: 'one' }) + restartingFrame(), {
          headers: { 'content-type': 'text/event-stream' },
        }),
    );
    const outcome = await streamBuildLog('t', 'b', {
      signal: new AbortController().signal,
      onOpen: () => calls.push('open'),
      onEvent: (event) => calls.push(event.text),
      onRestarting: () => calls.push('restarting'),
    });
    expect(outcome).toBe('ended');
    expect(calls).toEqual(['open', 'one', 'restarting']);
  });

  it('throws the API’s refusal, and never opens', async () => {
    vi.stubGlobal(
      'fetch',
      async () =>
        new Response(JSON.stringify({ error: { code: 'not_found', message: 'build not found' } }), {
          status: 404,
          headers: { 'content-type': 'application/json' },
        }),
    );
    const onOpen = vi.fn();
    const error = await streamBuildLog('t', 'b', {
      signal: new AbortController().signal,
      onOpen,
      onEvent: () => {},
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(404);
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('answers aborted when stopped before the server answers', async () => {
    const abort = new AbortController();
    vi.stubGlobal('fetch', async () => {
      abort.abort();
      throw new DOMException('aborted', 'AbortError');
    });
    await expect(
      streamBuildLog('t', 'b', { signal: abort.signal, onOpen: () => {}, onEvent: () => {} }),
    ).resolves.toBe('aborted');
  });
});
