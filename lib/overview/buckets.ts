/**
 * Sandboxes created over time, counted per calendar day (the last 7 days) or per hour (the last 24 hours), in
 * a chosen time zone. Empty buckets are there with a zero, so a chart's bars line up with the axis.
 *
 * Days are counted by the calendar date a creation has in the zone, never by 24-hour steps from an instant, so
 * a day of 23 or 25 hours (daylight saving) is still one day. Hours are counted by instants an hour apart; in a
 * zone whose clock falls back, the repeated hour is two buckets, as it was two hours.
 */
export type BucketUnit = 'day' | 'hour';

export type Bucket = {
  /** The calendar date `YYYY-MM-DD` (days) or the ISO instant of the hour's start (hours). */
  key: string;
  /** When the bucket starts, epoch ms: a day's first instant in the zone, an hour's start. */
  start: number;
  count: number;
};

export const BUCKET_COUNT: Record<BucketUnit, number> = { day: 7, hour: 24 };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const partFormatters = new Map<string, Intl.DateTimeFormat>();
function partFormatter(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let formatter = partFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partFormatters.set(key, formatter);
  }
  return formatter;
}

/** The wall clock in `timeZone` (undefined: the runtime's own zone) at instant `at`. */
export function wallClock(at: number, timeZone: string | undefined): WallClock {
  const parts: Record<string, number> = {};
  for (const part of partFormatter(timeZone).formatToParts(at)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: (parts.hour ?? 0) % 24,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** How far the zone's clock is ahead of UTC at `at`, in ms (whole seconds: Intl shows no milliseconds). */
function zoneOffset(at: number, timeZone: string | undefined): number {
  const clock = wallClock(at, timeZone);
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
  return asUtc - Math.floor(at / 1000) * 1000;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function dateKey(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The calendar date of `at` in the zone, as `YYYY-MM-DD`. */
export function zonedDateKey(at: number, timeZone: string | undefined): string {
  const { year, month, day } = wallClock(at, timeZone);
  return dateKey(year, month, day);
}

/** The first instant of a calendar day in the zone (its midnight, or the first hour after a skipped one). */
export function zonedDayStart(key: string, timeZone: string | undefined): number {
  const [year = 0, month = 1, day = 1] = key.split('-').map(Number);
  const midnightAsUtc = Date.UTC(year, month - 1, day);
  // Two passes: the offset at a first guess, then at the instant that guess gives (right across a change).
  let start = midnightAsUtc - zoneOffset(midnightAsUtc, timeZone);
  start = midnightAsUtc - zoneOffset(start, timeZone);
  // Where midnight itself was skipped, that lands in the day before: the day starts when its clock first shows.
  while (zonedDateKey(start, timeZone) < key) start += HOUR;
  return start;
}

/** The start of the hour `at` falls in, on the zone's clock (zones ahead by :30 or :45 included). */
export function zonedHourStart(at: number, timeZone: string | undefined): number {
  const local = at + zoneOffset(at, timeZone);
  return at - (((local % HOUR) + HOUR) % HOUR);
}

/** The `count` calendar days ending with `now`'s date in the zone, oldest first. */
function dayKeys(now: number, count: number, timeZone: string | undefined): string[] {
  const today = wallClock(now, timeZone);
  const todayUtc = Date.UTC(today.year, today.month - 1, today.day);
  const keys: string[] = [];
  for (let back = count - 1; back >= 0; back -= 1) {
    // Calendar arithmetic in UTC, where every day has 24 hours: no daylight saving can skip or repeat a date.
    const date = new Date(todayUtc - back * DAY);
    keys.push(dateKey(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()));
  }
  return keys;
}

function dayBuckets(times: readonly number[], now: number, timeZone: string | undefined): Bucket[] {
  const keys = dayKeys(now, BUCKET_COUNT.day, timeZone);
  const counts = new Map(keys.map((key) => [key, 0]));
  for (const at of times) {
    const key = zonedDateKey(at, timeZone);
    const count = counts.get(key);
    if (count !== undefined && at <= now) counts.set(key, count + 1);
  }
  return keys.map((key) => ({ key, start: zonedDayStart(key, timeZone), count: counts.get(key) ?? 0 }));
}

function hourBuckets(times: readonly number[], now: number, timeZone: string | undefined): Bucket[] {
  const last = zonedHourStart(now, timeZone);
  const first = last - (BUCKET_COUNT.hour - 1) * HOUR;
  const buckets: Bucket[] = [];
  for (let start = first; start <= last; start += HOUR) {
    buckets.push({ key: new Date(start).toISOString(), start, count: 0 });
  }
  for (const at of times) {
    if (at < first || at > now) continue;
    const bucket = buckets[Math.floor((at - first) / HOUR)];
    if (bucket) bucket.count += 1;
  }
  return buckets;
}

/**
 * Creation times (RFC 3339 strings or epoch ms) counted into the last 7 days or 24 hours up to `now`, in
 * `timeZone` (undefined: the runtime's own zone). Unreadable times and times after `now` are left out.
 */
export function bucketCreations(
  createdAt: ReadonlyArray<string | number>,
  { unit, now, timeZone }: { unit: BucketUnit; now: number; timeZone: string | undefined },
): Bucket[] {
  const times = createdAt
    .map((value) => (typeof value === 'number' ? value : Date.parse(value)))
    .filter((at) => Number.isFinite(at));
  return unit === 'day' ? dayBuckets(times, now, timeZone) : hourBuckets(times, now, timeZone);
}
