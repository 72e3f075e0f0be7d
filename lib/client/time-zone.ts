'use client';

import { useSyncExternalStore } from 'react';

/**
 * Which zone absolute times are shown in: the viewer's own ('local', the default) or UTC. Remembered per browser
 * in localStorage and shared by every component through one store, so the header toggle and the palette flip
 * every timestamp on the page at once (and in other tabs, through the `storage` event).
 */
export type TimeZoneChoice = 'local' | 'utc';

export const TIME_ZONE_STORAGE_KEY = 'sandbox-console:time-zone';

const listeners = new Set<() => void>();

export function parseTimeZoneChoice(value: string | null | undefined): TimeZoneChoice {
  return value === 'utc' ? 'utc' : 'local';
}

function readChoice(): TimeZoneChoice {
  try {
    return parseTimeZoneChoice(window.localStorage.getItem(TIME_ZONE_STORAGE_KEY));
  } catch {
    // Storage can be refused (private modes, blocked cookies): the default still works, it just isn't remembered.
    return 'local';
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === TIME_ZONE_STORAGE_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function setTimeZoneChoice(choice: TimeZoneChoice): void {
  try {
    window.localStorage.setItem(TIME_ZONE_STORAGE_KEY, choice);
    memoryChoice = undefined;
  } catch {
    // Not remembered, but the page still switches (below) for as long as it is open.
    memoryChoice = choice;
  }
  for (const notify of listeners) notify();
}

// Used only when localStorage refuses writes.
let memoryChoice: TimeZoneChoice | undefined;

const getSnapshot = () => memoryChoice ?? readChoice();
const getServerSnapshot = (): TimeZoneChoice => 'local';

/** The IANA zone to pass to Intl for a choice: undefined means the browser's own. */
export function timeZoneOf(choice: TimeZoneChoice): string | undefined {
  return choice === 'utc' ? 'UTC' : undefined;
}

/** The chosen zone; 'local' while the server renders and during hydration. */
export function useTimeZone(): {
  choice: TimeZoneChoice;
  timeZone: string | undefined;
  setChoice: typeof setTimeZoneChoice;
} {
  const choice = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  return { choice, timeZone: timeZoneOf(choice), setChoice: setTimeZoneChoice };
}
