'use client';

import { useCallback, useSyncExternalStore } from 'react';

/**
 * The current time, re-rendering every `intervalMs`. All components asking for the same interval share one
 * timer, so a table of 500 relative times costs one setInterval, not 500.
 */
type Clock = { now: number; listeners: Set<() => void>; timer?: ReturnType<typeof setInterval> };
const clocks = new Map<number, Clock>();

function clockFor(intervalMs: number): Clock {
  let clock = clocks.get(intervalMs);
  if (!clock) {
    clock = { now: Date.now(), listeners: new Set() };
    clocks.set(intervalMs, clock);
  }
  return clock;
}

function subscribe(intervalMs: number, listener: () => void): () => void {
  const clock = clockFor(intervalMs);
  clock.listeners.add(listener);
  if (!clock.timer) {
    clock.now = Date.now();
    clock.timer = setInterval(() => {
      clock.now = Date.now();
      for (const notify of clock.listeners) notify();
    }, intervalMs);
  }
  return () => {
    clock.listeners.delete(listener);
    if (clock.listeners.size === 0 && clock.timer) {
      clearInterval(clock.timer);
      clock.timer = undefined;
    }
  };
}

const getServerNow = () => null;

/** Null during server rendering and hydration (the server's clock and time zone are not the viewer's). */
export function useNow(intervalMs = 1000): number | null {
  // A stable subscribe: a new one each render would resubscribe, refresh the clock and render again, forever.
  const subscribeToClock = useCallback(
    (listener: () => void) => subscribe(intervalMs, listener),
    [intervalMs],
  );
  const getSnapshot = useCallback(() => clockFor(intervalMs).now, [intervalMs]);
  return useSyncExternalStore(subscribeToClock, getSnapshot, getServerNow);
}
