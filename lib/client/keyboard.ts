'use client';

import { useEffect, useRef, useSyncExternalStore } from 'react';
import { matchesChord, type Chord, type Platform } from '@/lib/palette/chords';

/** True when a key press is meant for a text field, a menu or a dialog rather than for a page shortcut. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return (
    target.closest('input, textarea, select, [role="combobox"], [role="menu"], [role="dialog"]') !== null
  );
}

/** Apple keyboards say ⌘ where others say Ctrl. */
export function detectPlatform(): Platform {
  const nav = navigator as Navigator & { userAgentData?: { platform?: string } };
  const name = nav.userAgentData?.platform || nav.platform || nav.userAgent;
  return /mac|iphone|ipad|ipod/i.test(name) ? 'apple' : 'other';
}

const noSubscription = () => () => {};

/** The platform once hydrated; null while the server renders and during hydration (it can't know). */
export function usePlatform(): Platform | null {
  return useSyncExternalStore(noSubscription, detectPlatform, () => null);
}

/**
 * A single-key page shortcut (`c`, `/`): runs `onPress` when the chord is pressed anywhere but a text field,
 * a menu or a dialog, and not held down. `onPress` returns false to leave the key to the browser.
 */
export function usePageShortcut(chord: Chord, onPress: () => boolean | void, enabled = true): void {
  const handler = useRef(onPress);
  useEffect(() => {
    handler.current = onPress;
  });
  useEffect(() => {
    if (!enabled) return;
    const platform = detectPlatform();
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.repeat || event.isComposing) return;
      if (!matchesChord(event, chord, platform) || isTypingTarget(event.target)) return;
      if (handler.current() !== false) event.preventDefault();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [chord, enabled]);
}
