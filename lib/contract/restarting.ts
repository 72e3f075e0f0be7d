/**
 * The last event of an exec or build-log stream that the dashboard itself ends because it is shutting down
 * (SIGTERM: a deploy, a scale-down). It is ours, not the Superserve API's: the proxy appends it to the relayed
 * stream (lib/server/graceful-shutdown) and the browser tells it apart from the API's own events.
 *
 * The SSE `event:` name says what it is to any reader; our reader (./sse) passes on `data:` only, so the data
 * carries it too, as `code`. The API's exec events use `code` only with `finished: true` (`exec_failed`), and a
 * build-log event has no `code`, so nothing the API sends can be mistaken for it.
 */
export const RESTARTING_EVENT = 'restarting';
export const RESTARTING_CODE = 'server_restarting';
export const RESTARTING_MESSAGE = 'The server is restarting; reconnecting…';

export type RestartingEvent = { code: typeof RESTARTING_CODE; message: string };

/** The complete SSE frame (event name, one data line, the blank line that ends it). */
export function restartingFrame(message: string = RESTARTING_MESSAGE): string {
  const data: RestartingEvent = { code: RESTARTING_CODE, message };
  return `event: ${RESTARTING_EVENT}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** Whether a parsed `data:` payload is the restarting event. */
export function isRestartingEvent(data: unknown): data is RestartingEvent {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { code?: unknown }).code === RESTARTING_CODE &&
    typeof (data as { message?: unknown }).message === 'string'
  );
}
