/**
 * A template build's log as it arrives: `GET /api/templates/{id}/builds/{build_id}/logs` read as SSE through
 * the proxy. A fetch rather than EventSource: EventSource reconnects on its own and replays the whole history
 * into the same handler, which is exactly how the Superserve console shows lines twice. Here each connection is
 * one call; the caller (components/templates/build-log/use-build-log) decides whether to reconnect and merges
 * the replay with lib/templates/build-log.
 */
import type { BuildLogEvent } from '@/lib/contract';
import { parseBuildLogEvent } from '@/lib/contract/build-log-event';
import { isRestartingEvent } from '@/lib/contract/restarting';
import { readSse } from '@/lib/contract/sse';
import { parseBuildLogData } from '@/lib/templates/build-log';
import { openEventStream } from './event-stream';

export const buildLogPath = (templateId: string, buildId: string) =>
  `/templates/${encodeURIComponent(templateId)}/builds/${encodeURIComponent(buildId)}/logs`;

/**
 * readSse hands over each `data:` already parsed as JSON (or the raw text when it isn't JSON). Anything that is
 * not a log event still takes its place in the history as a system line: the merge counts events by position.
 */
export function toBuildLogEvent(data: unknown): BuildLogEvent {
  if (typeof data === 'string') return parseBuildLogData(data);
  return parseBuildLogEvent(data) ?? { stream: 'system', text: JSON.stringify(data) };
}

export type BuildLogStreamOptions = {
  /** Called once the connection is open, before its first event (the merge starts counting there). */
  onOpen: () => void;
  onEvent: (event: BuildLogEvent) => void;
  /**
   * The dashboard's server ends this stream to restart (lib/contract/restarting): not a log line, so it is not
   * counted by the merge; the stream ends next, and the caller reconnects as after any drop.
   */
  onRestarting?: () => void;
  signal: AbortSignal;
};

/**
 * One connection. Resolves 'ended' when the server closes the stream (after the final event, or a drop the
 * caller may reconnect from) and 'aborted' when `signal` fires. Throws ApiError when the API refuses (404 for a
 * build that doesn't exist) or can't be reached.
 */
export async function streamBuildLog(
  templateId: string,
  buildId: string,
  { onOpen, onEvent, onRestarting, signal }: BuildLogStreamOptions,
): Promise<'ended' | 'aborted'> {
  const body = await openEventStream(
    buildLogPath(templateId, buildId),
    { cache: 'no-store', signal },
    'a log stream',
  );
  if (!body) return 'aborted';
  onOpen();
  return readSse(
    body,
    (data) => (isRestartingEvent(data) ? onRestarting?.() : onEvent(toBuildLogEvent(data))),
    signal,
  );
}
