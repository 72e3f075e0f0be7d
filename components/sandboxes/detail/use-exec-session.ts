'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { ExecRequest } from '@/lib/contract';
import { streamExec } from '@/lib/client/exec';
import { sandboxKeys } from '@/lib/client/query-keys';
import { describeActionFailure } from '@/lib/sandbox/actions';
import { execReducer, isRunning, type ExecRun } from '@/lib/detail/exec-session';

export type ExecSession = {
  run: ExecRun | null;
  running: boolean;
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
  const controller = useRef<AbortController | null>(null);
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
      dispatch({ type: 'start', request, at: Date.now() });
      streamExec(sandboxId, request, {
        signal: current.signal,
        onEvent: (data) => {
          if (!sawOutput && wasPaused) refreshSandbox();
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
          refreshSandbox();
        });
    },
    [sandboxId, refreshSandbox],
  );

  const stop = useCallback(() => controller.current?.abort(), []);

  // Leaving the page closes the stream (the API then stops the command).
  useEffect(() => () => controller.current?.abort(), []);

  return { run, running: isRunning(run), start, stop };
}
