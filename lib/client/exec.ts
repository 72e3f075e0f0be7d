/**
 * Runs a command in a sandbox with its output streamed: `POST /api/sandboxes/{id}/exec/stream` read as SSE
 * while it arrives (the proxy relays it unbuffered). A fetch rather than EventSource: the request is a POST
 * with a body, and it must be stoppable with an AbortSignal (see lib/contract/sse.ts).
 */
import type { ExecRequest } from '@/lib/contract';
import { readSse } from '@/lib/contract/sse';
import { openEventStream } from './event-stream';

export type ExecStreamOptions = {
  /** Called with each event's parsed data, in order, as it arrives. */
  onEvent: (data: unknown) => void;
  /** Aborting stops reading and closes the connection; the API then stops the command. */
  signal?: AbortSignal;
};

/**
 * Resolves 'ended' when the stream closes and 'aborted' when stopped through `signal`. Throws ApiError when the
 * API refuses the command before it starts (400, 404, 409…) or the server cannot be reached.
 */
export async function streamExec(
  sandboxId: string,
  request: ExecRequest,
  { onEvent, signal }: ExecStreamOptions,
): Promise<'ended' | 'aborted'> {
  const body = await openEventStream(
    `/sandboxes/${encodeURIComponent(sandboxId)}/exec/stream`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
      signal,
    },
    'an output stream',
  );
  if (!body) return 'aborted';
  return readSse(body, onEvent, signal);
}
