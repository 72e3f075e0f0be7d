'use client';

import { useEffect } from 'react';
import { addRecent, parseRecent, removeRecent, sameRecent, type RecentSandbox } from '@/lib/palette/recent';

/**
 * The recently visited sandboxes, remembered per browser in localStorage for the command palette. Storage can be
 * refused (private modes): then nothing is remembered and the palette simply shows no recent sandboxes.
 */
export const RECENT_SANDBOXES_STORAGE_KEY = 'sandbox-console:recent-sandboxes';

export function readRecentSandboxes(): RecentSandbox[] {
  try {
    return parseRecent(window.localStorage.getItem(RECENT_SANDBOXES_STORAGE_KEY));
  } catch {
    return [];
  }
}

function write(update: (list: RecentSandbox[]) => RecentSandbox[]): void {
  try {
    const before = readRecentSandboxes();
    const after = update(before);
    if (!sameRecent(before, after)) {
      window.localStorage.setItem(RECENT_SANDBOXES_STORAGE_KEY, JSON.stringify(after));
    }
  } catch {
    // Not remembered; nothing else depends on it.
  }
}

export function rememberSandboxVisit(visit: RecentSandbox): void {
  write((list) => addRecent(list, visit));
}

export function forgetRecentSandbox(id: string): void {
  write((list) => removeRecent(list, id));
}

/**
 * For the sandbox's page: remembers the visit once the sandbox is known (and its name again if it changes), and
 * forgets a sandbox the page found gone, so the palette doesn't offer a dead end.
 */
export function useRememberSandboxVisit(id: string, name: string | undefined, missing: boolean): void {
  useEffect(() => {
    if (missing) forgetRecentSandbox(id);
    else if (name !== undefined) rememberSandboxVisit({ id, name });
  }, [id, name, missing]);
}
