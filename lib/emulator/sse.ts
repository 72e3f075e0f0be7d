/** Server-Sent Events as the API sends them: one `data: <json>` line per event, no `event:` or `id:` lines. */
import { SECURITY_HEADERS } from './http';

export const SSE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'text/event-stream',
  'Cache-Control': 'no-cache',
  'X-Accel-Buffering': 'no',
};

export type SendEvent = (event: unknown) => void;

/**
 * Streams the events `produce` sends. The signal aborts when the client goes away, so the producer can stop
 * (a running exec is cancelled, a build-log follower unsubscribes).
 */
export function sseResponse(produce: (send: SendEvent, signal: AbortSignal) => Promise<void>): Response {
  const abort = new AbortController();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const send: SendEvent = (event) => {
        if (!abort.signal.aborted) controller.enqueue(encoder.encode(`data: ${JSON.stringify(event)}\n\n`));
      };
      // Not awaited: the stream must start flowing while the producer is still running.
      void produce(send, abort.signal)
        .catch((error: unknown) => console.error('[emulator] event stream failed', error))
        .finally(() => {
          if (!abort.signal.aborted) controller.close();
        });
    },
    cancel() {
      abort.abort();
    },
  });
  return new Response(body, { status: 200, headers: { ...SSE_HEADERS, ...SECURITY_HEADERS } });
}
