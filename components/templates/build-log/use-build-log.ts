'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '@/lib/client/api-error';
import { streamBuildLog } from '@/lib/client/build-log-stream';
import {
  applyEvent,
  createBuildLog,
  shouldReconnect,
  startConnection,
  type BuildLogState,
} from '@/lib/templates/build-log';

/**
 * Where the stream stands: the viewer says so next to the log. `restarting`: the dashboard's server ended the
 * stream to restart (lib/contract/restarting); it reconnects as after a drop, until a connection opens.
 */
export type BuildLogConnection =
  'connecting' | 'live' | 'reconnecting' | 'restarting' | 'finished' | 'failed';

/** After a drop, wait a little before reconnecting (longer each time the server is unreachable), at most 5 s. */
const RETRY_BASE_MS = 500;
const RETRY_MAX_MS = 5_000;

/** 4xx other than 408/429 won't change by asking again: a build that doesn't exist, a role that can't read. */
function isFinalRefusal(error: unknown): boolean {
  return isApiError(error) && error.status >= 400 && error.status < 500 && ![408, 429].includes(error.status);
}

const wait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

export type BuildLog = {
  /** The merged log; mutated in place as events arrive. Read it during render, when `version` has changed. */
  log: BuildLogState;
  /** Changes (at most once per frame) whenever the log does: the render trigger. */
  version: number;
  connection: BuildLogConnection;
  /** Why the stream stopped for good, when it did. */
  error: unknown;
  /** Connections opened so far; more than 1 means it reconnected. */
  connections: number;
  /** After a final refusal: try again from scratch. */
  retry: () => void;
};

/**
 * Streams one build's log, reconnecting after a drop until the final event arrives; the replay of each
 * reconnection is merged by lib/templates/build-log, so no line shows twice and none is missed. The state is
 * mutable (20,000 lines are appended in place, never copied): it lives in a ref, and a re-render is requested
 * once per animation frame however many events came in between.
 */
export function useBuildLog(
  templateId: string,
  buildId: string,
  { onFinished }: { onFinished?: (status: string | undefined) => void } = {},
): BuildLog {
  const [session, setSession] = useState(0);
  const [current, setCurrent] = useState<{ key: string; log: BuildLogState }>(() => ({
    key: `${buildId}#0`,
    log: createBuildLog(),
  }));
  const key = `${buildId}#${session}`;
  // A new build (or a retry) starts from an empty log; adjusting state while rendering avoids a stale frame.
  const state = current.key === key ? current : { key, log: createBuildLog() };
  if (state !== current) setCurrent(state);
  const log = state.log;

  const [version, setVersion] = useState(0);
  const [connection, setConnection] = useState<BuildLogConnection>('connecting');
  const [error, setError] = useState<unknown>(undefined);
  const [connections, setConnections] = useState(0);
  const finishedRef = useRef(onFinished);
  useEffect(() => {
    finishedRef.current = onFinished;
  });

  useEffect(() => {
    const abort = new AbortController();
    const { signal } = abort;
    let frame: number | undefined;
    const flush = () => {
      frame = undefined;
      setVersion(log.version);
    };
    const schedule = () => {
      if (frame === undefined) frame = requestAnimationFrame(flush);
    };

    async function run() {
      let failures = 0;
      let restarting = false; // from the restarting event until a connection opens again
      setConnection('connecting');
      setError(undefined);
      while (!signal.aborted && shouldReconnect(log)) {
        let received = 0;
        try {
          const outcome = await streamBuildLog(templateId, buildId, {
            signal,
            onOpen: () => {
              restarting = false;
              startConnection(log);
              setConnections(log.connection.number);
              setConnection('live');
            },
            onEvent: (event) => {
              received++;
              applyEvent(log, event);
              schedule();
            },
            onRestarting: () => {
              restarting = true;
            },
          });
          if (outcome === 'aborted') return;
        } catch (caught) {
          if (signal.aborted) return;
          if (isFinalRefusal(caught)) {
            setError(caught);
            setConnection('failed');
            return;
          }
        }
        if (!shouldReconnect(log)) break;
        // A connection that delivered lines was a drop, not an outage: come back quickly.
        failures = received > 0 ? 1 : failures + 1;
        setConnection(restarting ? 'restarting' : 'reconnecting');
        await wait(Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** (failures - 1)), signal);
      }
      if (signal.aborted) return;
      if (frame !== undefined) cancelAnimationFrame(frame);
      flush();
      setConnection('finished');
      finishedRef.current?.(log.status);
    }
    void run();
    return () => {
      abort.abort();
      if (frame !== undefined) cancelAnimationFrame(frame);
    };
  }, [templateId, buildId, log]);

  const retry = useCallback(() => setSession((n) => n + 1), []);
  return { log, version, connection, error, connections, retry };
}
