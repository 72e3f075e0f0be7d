'use client';

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

/** Within this many pixels of the end counts as "at the end" (sub-pixel rounding, a nudge of the wheel). */
const AT_END_PX = 24;

/**
 * Keeps a scroll box at its end while lines arrive, until the reader scrolls up; `jump` brings it back. Only a
 * scroll the reader makes can stop following: growth of the content fires no scroll event, and our own
 * scrolling lands at the end, which keeps following on.
 */
export function useFollowEnd(change: unknown) {
  const ref = useRef<HTMLDivElement>(null);
  const [following, setFollowing] = useState(true);
  const followingRef = useRef(true);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const onScroll = () => {
      const atEnd = element.scrollHeight - element.scrollTop - element.clientHeight < AT_END_PX;
      if (atEnd === followingRef.current) return;
      followingRef.current = atEnd;
      setFollowing(atEnd);
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => element.removeEventListener('scroll', onScroll);
  }, []);

  useLayoutEffect(() => {
    const element = ref.current;
    if (element && followingRef.current) element.scrollTop = element.scrollHeight;
  }, [change]);

  const jump = useCallback(() => {
    followingRef.current = true;
    setFollowing(true);
    const element = ref.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, []);

  return { ref, following, jump };
}
