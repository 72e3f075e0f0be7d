'use client';

import { useShownTimeZone } from '@/lib/client/use-shown-time-zone';
import { formatAbsoluteTime, toEpochMs, type DateInput } from '@/lib/format/time';

type AbsoluteTimeProps = { value: DateInput; className?: string };

/**
 * "Dec 3, 2026, 9:01:50 AM UTC": a moment in full, in the zone the viewer chose (local or UTC), naming it, with
 * the instant machine-readable in `datetime`. "…" until the browser knows the zone (see useShownTimeZone).
 */
export function AbsoluteTime({ value, className }: AbsoluteTimeProps) {
  const zone = useShownTimeZone();
  const at = toEpochMs(value);
  return (
    <time dateTime={Number.isNaN(at) ? undefined : new Date(at).toISOString()} className={className}>
      {zone ? formatAbsoluteTime(at, { timeZone: zone.timeZone }) : '…'}
    </time>
  );
}
