/**
 * The build log over SSE: the whole history first, then new lines as they are written, until the final
 * `finished:true` event. New lines wake the stream at once; a slow poll also catches lines written by another
 * process sharing the data folder.
 */
import { logEventName } from './builds/log';
import type { Core } from './core';
import { sseResponse } from './sse';
import { buildLogEvent } from './views';

const POLL_MS = 500;

/** Resolves on the next log line of `buildId`, after `POLL_MS`, or when `signal` aborts. */
function nextLine(core: Core, buildId: string, signal: AbortSignal): { wait: Promise<void>; stop(): void } {
  let stop = () => {};
  const wait = new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      core.events.off(logEventName(buildId), done);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, POLL_MS);
    core.events.on(logEventName(buildId), done);
    signal.addEventListener('abort', done);
    stop = done;
  });
  return { wait, stop };
}

export function streamBuildLog(core: Core, buildId: string): Response {
  return sseResponse(async (send, signal) => {
    let after = 0;
    while (!signal.aborted) {
      // Listen before reading, so a line written between the read and the wait still wakes us.
      const next = nextLine(core, buildId, signal);
      for (const log of core.builds.logs(buildId, after)) {
        send(buildLogEvent(log));
        after = log.seq;
        if (log.finished) {
          next.stop();
          return;
        }
      }
      if (!core.builds.getById(buildId)) {
        next.stop();
        return;
      }
      await next.wait;
    }
  });
}
