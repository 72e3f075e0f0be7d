/**
 * Reads a Server-Sent Events body (exec/stream, template build logs) as it arrives.
 *
 * Why not EventSource: it only does GET without a body, cannot be given an AbortSignal, and reconnects on its
 * own — exec/stream is a POST, and a replayed build log must not be shown twice. So we read the fetch body.
 *
 * Follows the SSE parsing rules (WHATWG HTML §9.2.6) for what Superserve sends — `data:` lines, comments,
 * LF/CRLF/CR line ends, events ended by a blank line — and ignores `event:`, `id:` and `retry:`, which it never
 * sends.
 */

export type SseParser = {
  /** Feeds decoded text; may hold back a partial line until the next push. */
  push(text: string): void;
  /** The stream ended: a final bare CR still ends its line; an event without its blank line is dropped. */
  end(): void;
};

/** Calls `onData` with each event's data (its `data:` lines joined by "\n"). */
export function createSseParser(onData: (data: string) => void): SseParser {
  let buffer = '';
  let scanned = 0; // buffer[0..scanned) holds no line break: never rescan a long partial line
  let dataLines: string[] = [];

  const processLine = (line: string) => {
    if (line === '') {
      if (dataLines.length > 0) onData(dataLines.join('\n'));
      dataLines = [];
      return;
    }
    if (line.startsWith(':')) return; // a comment, e.g. a keep-alive ping
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    if (field !== 'data') return;
    const value = colon < 0 ? '' : line.slice(colon + 1);
    dataLines.push(value.startsWith(' ') ? value.slice(1) : value);
  };

  return {
    push(text) {
      buffer += text;
      let lineStart = 0;
      const breaks = /[\r\n]/g;
      breaks.lastIndex = scanned;
      for (let match = breaks.exec(buffer); match !== null; match = breaks.exec(buffer)) {
        const at = match.index;
        // A CR as the last character may be the first half of a CRLF split across chunks: wait for more.
        if (buffer[at] === '\r' && at === buffer.length - 1) break;
        processLine(buffer.slice(lineStart, at));
        lineStart = buffer[at] === '\r' && buffer[at + 1] === '\n' ? at + 2 : at + 1;
        breaks.lastIndex = lineStart;
      }
      buffer = buffer.slice(lineStart);
      scanned = buffer.endsWith('\r') ? buffer.length - 1 : buffer.length;
    },
    end() {
      if (buffer.endsWith('\r')) processLine(buffer.slice(0, -1));
      buffer = '';
      scanned = 0;
      dataLines = [];
    },
  };
}

/**
 * Reads `stream` to its end, calling `onEvent` with each event's data parsed as JSON (data that is not JSON is
 * passed as its raw string rather than dropped). Resolves 'ended' when the stream closes, or 'aborted' when
 * `signal` fires — then the stream is cancelled and no further event is delivered. Rejects if the stream
 * errors or `onEvent` throws (the stream is cancelled first).
 */
export async function readSse(
  stream: ReadableStream<Uint8Array>,
  onEvent: (data: unknown) => void,
  signal?: AbortSignal,
): Promise<'ended' | 'aborted'> {
  if (signal?.aborted) {
    await stream.cancel(signal.reason).catch(() => undefined);
    return 'aborted';
  }
  const reader = stream.getReader();
  // Streaming decode keeps a multi-byte character split across chunks whole; it also drops a leading BOM.
  const decoder = new TextDecoder();
  const parser = createSseParser((data) => {
    if (!signal?.aborted) onEvent(parseData(data));
  });
  // Cancelling ends a pending read with `done`, so a stalled stream cannot keep us waiting after an abort.
  const onAbort = () => void reader.cancel(signal?.reason).catch(() => undefined);
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (signal?.aborted) return 'aborted';
      if (done) break;
      parser.push(decoder.decode(value, { stream: true }));
    }
    parser.push(decoder.decode());
    parser.end();
    return signal?.aborted ? 'aborted' : 'ended';
  } catch (error) {
    // A fetch aborted with the same signal errors its body: that is our own stop, not a failure.
    if (signal?.aborted) return 'aborted';
    await reader.cancel(error).catch(() => undefined);
    throw error;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    reader.releaseLock();
  }
}

function parseData(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    return data;
  }
}
