/**
 * How a bucket of the creations chart reads: short on the axis ("Mon 30", "14:00"), in full in the tooltip and
 * the screen-reader table ("Monday, November 30", "Nov 30, 14:00 UTC"). Always in the zone the buckets were
 * counted in; a day's label comes from its calendar date, so no daylight-saving shift can move it.
 */
import type { Bucket, BucketUnit } from './buckets';

export type LabelStyle = 'axis' | 'full';

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', options);
    formatters.set(key, found);
  }
  return found;
}

/** Noon UTC of a calendar date: formatted in UTC, it is that date whatever the viewer's zone. */
function dateAtNoon(key: string): number {
  const [year = 0, month = 1, day = 1] = key.split('-').map(Number);
  return Date.UTC(year, month - 1, day, 12);
}

const DAY_OPTIONS: Record<LabelStyle, Intl.DateTimeFormatOptions> = {
  axis: { weekday: 'short', day: 'numeric', timeZone: 'UTC' },
  full: { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' },
};

const HOUR_OPTIONS: Record<LabelStyle, Intl.DateTimeFormatOptions> = {
  axis: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  full: {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  },
};

export function bucketLabel(
  bucket: Pick<Bucket, 'key' | 'start'>,
  unit: BucketUnit,
  style: LabelStyle,
  timeZone: string | undefined,
): string {
  if (unit === 'day') {
    const format = formatter(`day|${style}`, DAY_OPTIONS[style]);
    if (style === 'full') return format.format(dateAtNoon(bucket.key));
    // en-US puts the day first ("3 Thu"); the axis reads better weekday first.
    const parts = format.formatToParts(dateAtNoon(bucket.key));
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return `${part('weekday')} ${part('day')}`;
  }
  return formatter(`hour|${style}|${timeZone ?? ''}`, { ...HOUR_OPTIONS[style], timeZone }).format(
    bucket.start,
  );
}

/** "3 sandboxes created" / "1 sandbox created" / "No sandboxes created". */
export function createdPhrase(count: number): string {
  if (count === 0) return 'No sandboxes created';
  return count === 1 ? '1 sandbox created' : `${count.toLocaleString('en-US')} sandboxes created`;
}

/** One sentence for screen readers: the total and the busiest bucket. */
export function bucketsSummary(
  buckets: readonly Bucket[],
  unit: BucketUnit,
  timeZone: string | undefined,
): string {
  const total = buckets.reduce((sum, bucket) => sum + bucket.count, 0);
  const span = unit === 'day' ? `the last ${buckets.length} days` : `the last ${buckets.length} hours`;
  if (total === 0) return `No sandboxes created in ${span}.`;
  const busiest = buckets.reduce((top, bucket) => (bucket.count > top.count ? bucket : top));
  return `${createdPhrase(total)} in ${span}; the most, ${busiest.count}, ${
    unit === 'day' ? 'on' : 'at'
  } ${bucketLabel(busiest, unit, 'full', timeZone)}.`;
}
