'use client';

import { cn } from '@/components/ui/cn';
import { setTimeZoneChoice } from '@/lib/client/time-zone';
import { useNow } from '@/lib/client/use-now';
import { useShownTimeZone } from '@/lib/client/use-shown-time-zone';
import { timeZoneLabel } from '@/lib/format/time';

/**
 * "UTC" in the header: a toggle button, pressed when times are shown in UTC, not when they are in the viewer's
 * own zone. One press flips every absolute time on the page (and in other tabs); each time names its zone, so
 * the state also reads on the page itself. Small on purpose: the header is crowded. Not shown pressed until the
 * browser has read the remembered choice (the server does not know it).
 */
export function TimeZoneToggle({ className }: { className?: string }) {
  const shown = useShownTimeZone();
  const utc = shown?.choice === 'utc';
  const now = useNow(60_000);
  const local = now === null ? 'your time zone' : `your time zone (${timeZoneLabel(now)})`;
  return (
    <button
      type="button"
      aria-pressed={utc}
      title={utc ? `Times are in UTC. Press for ${local}.` : `Times are in ${local}. Press for UTC.`}
      onClick={() => setTimeZoneChoice(utc ? 'local' : 'utc')}
      className={cn(
        'rounded-control h-7 border px-2 text-xs font-semibold tracking-wide transition-colors',
        utc
          ? 'border-accent/40 bg-accent-soft text-accent-text'
          : 'border-line text-fg-muted hover:bg-surface-hover hover:text-fg',
        className,
      )}
    >
      UTC
    </button>
  );
}
