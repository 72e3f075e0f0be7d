'use client';

import { useEffect, useRef } from 'react';
import { isApiError } from '@/lib/client/api-error';
import { useSandbox } from '@/lib/client/sandboxes';
import type { SandboxResponse } from '@/lib/contract';
import { lifetimeEnd } from '@/lib/sandbox/lifetime';

/** While a sandbox is between states, poll so the page shows where it lands. */
const TRANSITIONAL = new Set(['starting', 'pausing', 'resuming']);
const TRANSITION_POLL_MS = 1_500;
/** After the lifetime's end, poll briefly until the API stops reporting the sandbox (deleted, or paused). */
const ENDED_POLL_MS = 1_000;
const ENDED_POLL_FOR_MS = 60_000;
/** Node and browsers overflow timers past 2^31-1 ms; a 7-day lifetime is well under it. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** A 404 means gone; a 400 here means the id is not one the API could ever have issued. */
export function isMissing(error: unknown): boolean {
  return isApiError(error) && (error.status === 404 || error.status === 400);
}

function pollInterval(sandbox: SandboxResponse | undefined, now: number): number | false {
  if (!sandbox) return false;
  if (TRANSITIONAL.has(sandbox.status)) return TRANSITION_POLL_MS;
  const end = lifetimeEnd(sandbox.created_at, sandbox.timeout_seconds)?.getTime();
  if (end !== undefined && now >= end && now < end + ENDED_POLL_FOR_MS) return ENDED_POLL_MS;
  return false;
}

/**
 * The sandbox, kept fresh: polled while it changes state, refetched the moment its lifetime ends (and briefly
 * after, until the API reflects it), and — through TanStack's defaults — when the tab regains focus.
 * `gone` is true once a sandbox this page had shown is no longer found.
 */
export function useFreshSandbox(id: string) {
  const goneRef = useRef(false);
  const query = useSandbox(id, {
    refetchInterval: (sandbox) => (goneRef.current ? false : pollInterval(sandbox, Date.now())),
  });
  const { data: sandbox, error, refetch } = query;
  const gone = sandbox !== undefined && isMissing(error);
  useEffect(() => {
    goneRef.current = gone;
  }, [gone]);

  const endsAt = sandbox ? lifetimeEnd(sandbox.created_at, sandbox.timeout_seconds)?.getTime() : undefined;
  useEffect(() => {
    if (endsAt === undefined || gone) return;
    const wait = endsAt - Date.now();
    if (wait < 0 || wait > MAX_TIMER_MS) return;
    // A little after the end, so the API has had its moment to act on it.
    const timer = setTimeout(() => void refetch(), wait + 250);
    return () => clearTimeout(timer);
  }, [endsAt, gone, refetch]);

  return { ...query, gone };
}
