'use client';

import { cn } from '@/components/ui/cn';
import { useNow } from '@/lib/client/use-now';
import { useTimeZone } from '@/lib/client/time-zone';
import { formatAbsoluteTime } from '@/lib/format/time';
import { lifetimeEnd, lifetimeStatus } from '@/lib/sandbox/lifetime';

export type LifetimeCountdownProps = {
  createdAt: string;
  /** The sandbox's `timeout_seconds`; absent or null means no lifetime cap. */
  timeoutSeconds: number | null | undefined;
  /** Also show the end time as text after the countdown (the detail header); the list keeps it on hover. */
  showEndTime?: boolean;
  /** What to show without a cap. */
  noLimitLabel?: string;
  className?: string;
};

/**
 * "ends in 3h 12m", ticking live from the shared one-second clock, red under 10 minutes. The absolute end time
 * is in the title (hover), in `datetime`, and read to screen readers after the countdown. Not a live region on
 * purpose: a label announced every second would drown everything else out.
 */
export function LifetimeCountdown({
  createdAt,
  timeoutSeconds,
  showEndTime = false,
  noLimitLabel = 'No limit',
  className,
}: LifetimeCountdownProps) {
  const now = useNow(1000);
  const { timeZone } = useTimeZone();
  const endsAt = lifetimeEnd(createdAt, timeoutSeconds);

  if (endsAt === null) {
    return <span className={cn('text-fg-subtle whitespace-nowrap', className)}>{noLimitLabel}</span>;
  }

  // Until the browser's clock is known (server render, hydration) nothing time-zone or clock dependent is shown:
  // the server's zone is not the viewer's, and a mismatch would break hydration.
  if (now === null) {
    return (
      <span className={cn('text-fg-subtle whitespace-nowrap', className)}>
        <time dateTime={endsAt.toISOString()}>…</time>
      </span>
    );
  }

  // Cheap on every tick: lib/format/time keeps one Intl formatter per locale and zone.
  const endText = formatAbsoluteTime(endsAt, { timeZone });
  const status = lifetimeStatus(createdAt, timeoutSeconds, now);
  const urgent = status?.urgent ?? false;

  return (
    <span className={cn('inline-flex items-baseline gap-1.5 whitespace-nowrap', className)}>
      <time
        dateTime={endsAt.toISOString()}
        title={`Lifetime ends ${endText}`}
        className={cn('tabular-nums', urgent && 'text-danger-text font-medium')}
      >
        {status?.label}
        {/* The hover title is invisible to keyboard and screen-reader users; say the end time to them too. */}
        {showEndTime ? null : <span className="sr-only">, at {endText}</span>}
      </time>
      {showEndTime ? <span className="text-fg-muted text-xs">· {endText}</span> : null}
    </span>
  );
}
