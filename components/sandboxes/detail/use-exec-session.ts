'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { ExecRequest } from '@/lib/contract';
import { isRestartingEvent } from '@/lib/contract/restarting';
import { streamExec } from '@/lib/client/exec';
import { waitUntilReady } from '@/lib/client/wait-until-ready';
import { sandboxKeys } from '@/lib/client/query-keys';
import { describeActionFailure } from '@/lib/sandbox/actions';
import { execReducer, isRunning, type ExecRun } from '@/lib/detail/exec-session';

/**
 * The dashboard's server, as far as the console knows: `restarting` after it ended a run's stream to restart
 * (lib/contract/restarting) and until `/api/ready` answers again, then `back` until the next run.
 */
export type ServerState = 'up' | 'restarting' | 'back';

export type ExecSession = {
  run: ExecRun | null;
  running: boolean;
  server: ServerState;
  start: (request: ExecRequest) => void;
  stop: () => void;
};

/**
 * One command at a time in one sandbox: starts the stream, feeds its events to the reducer, stops it on demand
 * or when the page goes away. Exec resumes a paused sandbox, so the sandbox is refetched once output arrives
 * and again when the run ends, keeping the header's status and the list honest.
 */
export function useExecSession(sandboxId: string, status: string): ExecSession {
  const [run, dispatch] = useReducer(execReducer, null);
  const [server, setServer] = useState<ServerState>('up');
  const controller = useRef<AbortController | null>(null);
  // Lives as long as the page: waiting for the server to come back outlasts the run that learnt it restarted.
  const page = useRef<AbortController | null>(null);
  const client = useQueryClient();
  const statusRef = useRef(status);
  useEffect(() => {
    statusRef.current = status;
  }, [status]);

  const refreshSandbox = useCallback(() => {
    void client.invalidateQueries({ queryKey: sandboxKeys.detail(sandboxId) });
    void client.invalidateQueries({ queryKey: sandboxKeys.lists() });
  }, [client, sandboxId]);

  const start = useCallback(
    (request: ExecRequest) => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      const wasPaused = statusRef.current !== 'active';
      let sawOutput = false;
      let restarting = false;
      setServer('up');
      dispatch({ type: 'start', request, at: Date.now() });
      streamExec(sandboxId, request, {
        signal: current.signal,
        onEvent: (data) => {
          if (isRestartingEvent(data)) restarting = true;
          else if (!sawOutput && wasPaused) refreshSandbox();
          sawOutput = true;
          dispatch({ type: 'event', data, at: Date.now() });
        },
      })
        .then((outcome) => {
          dispatch({ type: outcome === 'aborted' ? 'stopped' : 'ended', at: Date.now() });
        })
        .catch((error: unknown) => {
          const message = describeActionFailure('exec', error, statusRef.current).detail;
          dispatch({ type: 'failed', message, at: Date.now() });
        })
        .finally(() => {
          if (controller.current === current) controller.current = null;
          if (!restarting) {
            refreshSandbox();
            return;
          }
          // The server is going away: nothing to refresh from it until an instance answers ready again.
          setServer('restarting');
          const signal = page.current?.signal;
          if (!signal) return;
          void waitUntilReady(signal).then((ready) => {
            if (!ready) return;
            setServer((state) => (state === 'restarting' ? 'back' : state));
            refreshSandbox();
          });
        });
    },
    [sandboxId, refreshSandbox],
  );

  const stop = useCallback(() => controller.current?.abort(), []);

  // Leaving the page closes the stream (the API then stops the command) and stops waiting for the server.
  useEffect(() => {
    page.current = new AbortController();
    return () => {
      controller.current?.abort();
      page.current?.abort();
    };
  }, []);

  return { run, running: isRunning(run), server, start, stop };
}
