'use client';

import { Button } from '@/components/ui/button';
import { RefreshIcon } from '@/components/ui/icons';
import { Select } from '@/components/ui/select';
import { useNow } from '@/lib/client/use-now';
import { REFRESH_INTERVALS, type RefreshInterval } from '@/lib/list/filters';
import { useTimeZone } from '@/lib/client/time-zone';
import { formatAbsoluteTime, formatRelativeTime } from '@/lib/format/time';

/**
 * "Updated 4 s ago", ticking each second, the exact time on hover in the chosen zone. Not a live region: it would
 * be read out every second.
 */
export function UpdatedAgo({ at }: { at: number }) {
  const now = useNow(1000);
  const { timeZone } = useTimeZone();
  if (now === null || at === 0) return null;
  return (
    <span
      className="text-fg-subtle text-xs whitespace-nowrap tabular-nums"
      data-testid="updated-ago"
      title={`Updated ${formatAbsoluteTime(at, { timeZone })}`}
    >
      Updated {formatRelativeTime(at, Math.max(now, at))}
    </span>
  );
}

type RefreshControlProps = {
  interval: RefreshInterval;
  onIntervalChange: (interval: RefreshInterval) => void;
  onRefresh: () => void;
  refreshing: boolean;
  updatedAt: number;
  /** What the refresh button refreshes, for screen readers ("Refresh the list"). */
  refreshLabel?: string;
};

/** Manual refresh and the auto-refresh interval (kept in the URL; polling pauses while the tab is hidden). */
export function RefreshControl({
  interval,
  onIntervalChange,
  onRefresh,
  refreshing,
  updatedAt,
  refreshLabel = 'Refresh the list',
}: RefreshControlProps) {
  return (
    <div className="flex items-center gap-2">
      <UpdatedAgo at={updatedAt} />
      <Select
        aria-label="Auto-refresh"
        value={String(interval)}
        onChange={(event) => {
          const raw = event.target.value;
          onIntervalChange(raw === 'off' ? 'off' : (Number(raw) as RefreshInterval));
        }}
        className="w-36"
      >
        {REFRESH_INTERVALS.map((option) => (
          <option key={option} value={String(option)}>
            {option === 'off' ? 'Auto-refresh off' : `Every ${option} s`}
          </option>
        ))}
      </Select>
      <Button
        variant="secondary"
        size="icon"
        className="size-9"
        onClick={onRefresh}
        disabled={refreshing}
        aria-label={refreshLabel}
        title="Refresh"
      >
        <RefreshIcon className={refreshing ? 'size-4 animate-spin' : 'size-4'} />
      </Button>
    </div>
  );
}
