import { describe, expect, it, vi } from 'vitest';
import { createSseParser, readSse } from './sse';

const encoder = new TextEncoder();

/** A stream that yields the given chunks (strings are UTF-8 encoded), then closes. */
function streamOf(chunks: ReadonlyArray<string | Uint8Array>) {
  const cancel = vi.fn();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks)
        controller.enqueue(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
      controller.close();
    },
    cancel,
  });
  return { stream, cancel };
}

/** A stream the test writes to over time, to prove events arrive before the stream ends. */
function liveStream() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const cancel = vi.fn();
  const stream = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c), cancel });
  return {
    stream,
    cancel,
    write: (text: string) => controller.enqueue(encoder.encode(text)),
    close: () => controller.close(),
    fail: (error: unknown) => controller.error(error),
  };
}

async function collect(chunks: ReadonlyArray<string | Uint8Array>): Promise<unknown[]> {
  const events: unknown[] = [];
  await readSse(streamOf(chunks).stream, (data) => events.push(data));
  return events;
}

/** Splits bytes into two chunks at every possible position. */
function everySplit(text: string): Uint8Array[][] {
  const bytes = encoder.encode(text);
  return Array.from({ length: bytes.length + 1 }, (_, i) => [bytes.slice(0, i), bytes.slice(i)]);
}

/** Waits (a bounded number of macrotasks) until `check` holds; with `() => false`, just lets the reader run. */
const until = async (check: () => boolean, ticks = 100) => {
  for (let i = 0; i < ticks && !check(); i++) await new Promise((r) => setTimeout(r, 0));
};

describe('readSse', () => {
  it('parses exec/stream events into objects', async () => {
    const body =
      'data: {"stdout":"hi\\n","timestamp":"t1"}\n\n' +
      'data: {"stderr":"oops","timestamp":"t2"}\n\n' +
      'data: {"exit_code":0,"finished":true,"timestamp":"t3"}\n\n';
    expect(await collect([body])).toEqual([
      { stdout: 'hi\n', timestamp: 't1' },
      { stderr: 'oops', timestamp: 't2' },
      { exit_code: 0, finished: true, timestamp: 't3' },
    ]);
  });

  it('gives the same events however the bytes are split, mid-line and mid-character included', async () => {
    const body = 'data: {"stdout":"héllo 😀 世界"}\n\ndata: {"stderr":"ß"}\r\n\r\n: ping\n\ndata: 3\r\r';
    const expected = [{ stdout: 'héllo 😀 世界' }, { stderr: 'ß' }, 3];
    expect(await collect([body])).toEqual(expected);
    for (const chunks of everySplit(body)) expect(await collect(chunks)).toEqual(expected);
    const bytes = encoder.encode(body);
    const oneByteChunks = Array.from(bytes, (byte) => Uint8Array.of(byte));
    expect(await collect(oneByteChunks)).toEqual(expected);
  });

  it('accepts LF, CRLF and CR line ends, mixed', async () => {
    expect(await collect(['data: 1\n\ndata: 2\r\n\r\ndata: 3\r\rdata: 4\r\n\n'])).toEqual([1, 2, 3, 4]);
  });

  it('does not see a CRLF split across chunks as two line ends', async () => {
    // Were "\r" + "\n" read as two breaks, the second would be a blank line ending the event after "a".
    expect(await collect(['data: a\r', '\ndata: b\r', '\n\r', '\n'])).toEqual(['a\nb']);
  });

  it('joins multi-line data with newlines', async () => {
    expect(await collect(['data: {"a":\ndata: 1}\n\n'])).toEqual([{ a: 1 }]);
    expect(await collect(['data: line one\ndata: line two\n\n'])).toEqual(['line one\nline two']);
  });

  it('ignores comments, blank lines without data, and the fields Superserve never sends', async () => {
    const body = ': keep-alive\n\n:\n\n\n\nevent: output\nid: 7\nretry: 1000\ndata: 5\nunknown: x\n\n';
    expect(await collect([body])).toEqual([5]);
  });

  it('strips exactly one space after "data:"', async () => {
    expect(await collect(['data:"x"\n\n', 'data:  indented\n\n'])).toEqual(['x', ' indented']);
  });

  it('passes an empty data line as an empty string, and a bare "data" line too', async () => {
    expect(await collect(['data:\n\ndata\n\n'])).toEqual(['', '']);
  });

  it('passes data that is not JSON as its raw string', async () => {
    expect(await collect(['data: not json {\n\n'])).toEqual(['not json {']);
  });

  it('drops an event the stream ended before finishing', async () => {
    expect(await collect(['data: 1\n\ndata: 2\n'])).toEqual([1]);
    expect(await collect(['data: 1\n\ndata: {"partial":'])).toEqual([1]);
  });

  it('still ends an event on a final bare CR', async () => {
    expect(await collect(['data: 1\r\n\r'])).toEqual([1]);
  });

  it('drops a leading byte-order mark', async () => {
    expect(await collect([Uint8Array.of(0xef, 0xbb), Uint8Array.of(0xbf), 'data: 1\n\n'])).toEqual([1]);
  });

  it('resolves "ended" for an empty stream', async () => {
    const onEvent = vi.fn();
    expect(await readSse(streamOf([]).stream, onEvent)).toBe('ended');
    expect(onEvent).not.toHaveBeenCalled();
  });

  it('delivers each event as soon as its blank line arrives, before the stream ends', async () => {
    const live = liveStream();
    const events: unknown[] = [];
    const done = readSse(live.stream, (data) => events.push(data));
    live.write('data: {"stdout":"a"}\n');
    await until(() => false, 10);
    expect(events).toEqual([]);
    live.write('\n');
    await until(() => events.length === 1);
    expect(events).toEqual([{ stdout: 'a' }]);
    live.write('data: {"exit_code":0,"finished":true}\n\n');
    live.close();
    expect(await done).toBe('ended');
    expect(events).toHaveLength(2);
  });

  describe('stop and failure', () => {
    it('stops on abort: resolves "aborted", cancels the stream, delivers nothing more', async () => {
      const live = liveStream();
      const controller = new AbortController();
      const events: unknown[] = [];
      const done = readSse(live.stream, (data) => events.push(data), controller.signal);
      live.write('data: 1\n\n');
      await until(() => events.length === 1);
      controller.abort();
      expect(await done).toBe('aborted');
      expect(live.cancel).toHaveBeenCalledTimes(1);
      expect(events).toEqual([1]);
    });

    it('delivers nothing after an abort made from inside onEvent, even from the same chunk', async () => {
      const controller = new AbortController();
      const { stream } = streamOf(['data: 1\n\ndata: 2\n\ndata: 3\n\n']);
      const events: unknown[] = [];
      const result = await readSse(
        stream,
        (data) => {
          events.push(data);
          controller.abort();
        },
        controller.signal,
      );
      expect(result).toBe('aborted');
      expect(events).toEqual([1]);
    });

    it('reads nothing when the signal is already aborted', async () => {
      const { stream, cancel } = streamOf(['data: 1\n\n']);
      const onEvent = vi.fn();
      expect(await readSse(stream, onEvent, AbortSignal.abort())).toBe('aborted');
      expect(onEvent).not.toHaveBeenCalled();
      expect(cancel).toHaveBeenCalledTimes(1);
    });

    it('treats the body erroring because of our own abort (fetch) as a stop, not a failure', async () => {
      const live = liveStream();
      const controller = new AbortController();
      const done = readSse(live.stream, () => undefined, controller.signal);
      controller.abort();
      live.fail(new DOMException('The operation was aborted.', 'AbortError'));
      expect(await done).toBe('aborted');
    });

    it('rejects when the stream errors (a dropped connection)', async () => {
      const live = liveStream();
      const events: unknown[] = [];
      const done = readSse(live.stream, (data) => events.push(data));
      live.write('data: 1\n\n');
      await until(() => events.length === 1);
      live.fail(new TypeError('network error'));
      await expect(done).rejects.toThrow('network error');
      expect(events).toEqual([1]);
    });

    it('rejects with the error onEvent throws, and cancels the stream', async () => {
      const live = liveStream();
      const done = readSse(live.stream, () => {
        throw new Error('render failed');
      });
      live.write('data: 1\n\n');
      await expect(done).rejects.toThrow('render failed');
      expect(live.cancel).toHaveBeenCalledTimes(1);
    });

    it('releases the stream when done, so it is no longer locked', async () => {
      const { stream } = streamOf(['data: 1\n\n']);
      await readSse(stream, () => undefined);
      expect(stream.locked).toBe(false);
    });
  });
});

describe('createSseParser', () => {
  it('holds back a partial line and an unfinished event across pushes', () => {
    const seen: string[] = [];
    const parser = createSseParser((data) => seen.push(data));
    parser.push('da');
    parser.push('ta: he');
    parser.push('llo\n');
    expect(seen).toEqual([]);
    parser.push('\n');
    expect(seen).toEqual(['hello']);
  });

  it('forgets an unfinished event at end, and starts clean afterwards', () => {
    const seen: string[] = [];
    const parser = createSseParser((data) => seen.push(data));
    parser.push('data: lost\n');
    parser.end();
    parser.push('data: kept\n\n');
    expect(seen).toEqual(['kept']);
  });

  it('handles a long line fed in many small pieces', () => {
    const seen: string[] = [];
    const parser = createSseParser((data) => seen.push(data));
    const long = 'x'.repeat(100_000);
    parser.push('data: ');
    for (let i = 0; i < long.length; i += 1000) parser.push(long.slice(i, i + 1000));
    parser.push('\n\n');
    expect(seen).toEqual([long]);
  });
});
