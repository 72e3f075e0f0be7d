'use client';

import { cn } from '@/components/ui/cn';
import { setTimeZoneChoice, type TimeZoneChoice } from '@/lib/client/time-zone';
import { useNow } from '@/lib/client/use-now';
import { useShownTimeZone } from '@/lib/client/use-shown-time-zone';
import { timeZoneLabel } from '@/lib/format/time';

const OPTIONS: ReadonlyArray<{ choice: TimeZoneChoice; label: string }> = [
  { choice: 'local', label: 'Local' },
  { choice: 'utc', label: 'UTC' },
];

/**
 * Local time or UTC, in the header: two small pressed/unpressed buttons, so the current choice is visible at a
 * glance and one press flips every absolute time on the page (and in other tabs). Neither shows pressed until
 * the browser has read the remembered choice: the server does not know it.
 */
export function TimeZoneToggle({ className }: { className?: string }) {
  const shown = useShownTimeZone();
  const now = useNow(60_000);
  const localName = now === null ? '' : timeZoneLabel(now);
  return (
    <div
      role="group"
      aria-label="Show times in"
      className={cn('border-line bg-surface-muted rounded-control inline-flex border p-0.5', className)}
    >
      {OPTIONS.map(({ choice, label }) => {
        const pressed = shown?.choice === choice;
        return (
          <button
            key={choice}
            type="button"
            aria-pressed={pressed}
            title={
              choice === 'local'
                ? `Your time zone${localName ? ` (${localName})` : ''}`
                : 'Coordinated Universal Time'
            }
            onClick={() => setTimeZoneChoice(choice)}
            className={cn(
              'rounded-[calc(var(--radius-control)-3px)] px-2 py-0.5 text-xs font-medium transition-colors',
              pressed ? 'bg-surface text-fg shadow-sm' : 'text-fg-muted hover:text-fg',
            )}
          >
            {label}
          </button>
        );
      })}
    </div>
  );
}
