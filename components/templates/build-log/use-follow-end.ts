'use client';

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

/** Within this many pixels of the end counts as "at the end" (sub-pixel rounding, a nudge of the wheel). */
const AT_END_PX = 24;

/** Keys that scroll a focused box towards its start. */
const UP_KEYS = new Set(['ArrowUp', 'PageUp', 'Home']);

/**
 * Keeps a scroll box at its end while lines arrive, until the reader scrolls up; `jump` brings it back.
 *
 * Why not only "is it at the end?" on scroll: a keyboard or wheel scroll is animated, and lines arriving during
 * the animation would pull the box back to the end before it got away. So the reader's intent (a wheel turned
 * up, an upward key) stops following at once, a scroll that moves up keeps it stopped, and only reaching the
 * end by scrolling down (or "Jump to latest") starts it again. Content growth fires no scroll event, and our own
 * scrolling moves down, so neither stops it.
 */
export function useFollowEnd(change: unknown) {
  const ref = useRef<HTMLDivElement>(null);
  const [following, setFollowing] = useState(true);
  const followingRef = useRef(true);

  const follow = useCallback((on: boolean) => {
    if (followingRef.current === on) return;
    followingRef.current = on;
    setFollowing(on);
  }, []);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let lastTop = element.scrollTop;
    const onScroll = () => {
      const top = element.scrollTop;
      const atEnd = element.scrollHeight - top - element.clientHeight < AT_END_PX;
      if (top < lastTop && !atEnd) follow(false);
      else if (top >= lastTop && atEnd) follow(true);
      lastTop = top;
    };
    const onWheel = (event: WheelEvent) => {
      if (event.deltaY < 0) follow(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (UP_KEYS.has(event.key) || (event.key === ' ' && event.shiftKey)) follow(false);
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    element.addEventListener('wheel', onWheel, { passive: true });
    element.addEventListener('keydown', onKey);
    return () => {
      element.removeEventListener('scroll', onScroll);
      element.removeEventListener('wheel', onWheel);
      element.removeEventListener('keydown', onKey);
    };
  }, [follow]);

  useLayoutEffect(() => {
    const element = ref.current;
    if (element && followingRef.current) element.scrollTop = element.scrollHeight;
  }, [change]);

  const jump = useCallback(() => {
    follow(true);
    const element = ref.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [follow]);

  return { ref, following, jump };
}
