'use client';

import { useMemo } from 'react';
import { useNow } from '@/lib/client/use-now';
import { useTimeZone } from '@/lib/client/time-zone';
import { formatAbsoluteTime, formatRelativeTime } from '@/lib/format/time';

type RelativeTimeProps = { value: string; className?: string };

const FRESH_MS = 60_000;

/**
 * "3 min ago", with the exact time on hover, in the zone the viewer chose (local or UTC) and naming it, and the
 * instant in the `datetime` attribute. "…" and no title until the browser's clock and zone are known.
 */
export function RelativeTime({ value, className }: RelativeTimeProps) {
  // Seconds show only in the first minute ("12 s ago"), so only then is a one-second tick worth its renders.
  const coarse = useNow(15_000);
  const fresh = coarse !== null && coarse - Date.parse(value) < FRESH_MS;
  const fine = useNow(fresh ? 1000 : 15_000);
  const now = fresh ? fine : coarse;
  // Intl formatters are costly to build; a table re-renders its times on every tick.
  const ready = now !== null;
  const { timeZone } = useTimeZone();
  const absolute = useMemo(
    () => (ready ? formatAbsoluteTime(value, { timeZone }) : undefined),
    [value, ready, timeZone],
  );
  return (
    <time dateTime={value} title={absolute} className={className}>
      {now === null ? '…' : formatRelativeTime(value, now)}
    </time>
  );
}
