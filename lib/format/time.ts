/**
 * Times and durations as the UI reads them: a lifetime cap ("1h 30m"), a countdown ("ends in 4m 05s"), a point
 * in time relative to now ("4 s ago") or in full ("May 1, 2026, 7:00:05 PM UTC"), how long a command ran
 * ("1.2 s"), a build log line's clock ("1:02:03"), when a new sandbox would end ("Wed, Jan 14, 04:05 PM UTC"), a time of day
 * ("04:05 PM GMT+9") and a zone's short name. One implementation of each.
 *
 * Every absolute time takes `timeZone` (an IANA name; undefined is the browser's own): the viewer chooses local
 * time or UTC (lib/client/time-zone.ts), and every format but a log's clock column names the zone it shows.
 *
 * Pure: `now` is always a parameter, so a component drives these from one shared ticker and tests pin time.
 */

/** A point in time as the API (RFC 3339 strings), Date.now() and Date give it. */
export type DateInput = string | number | Date;

// formatDuration takes seconds (the API's `timeout_seconds`); the rest take milliseconds, like Date.
const MINUTE_S = 60;
const HOUR_S = 60 * MINUTE_S;
const DAY_S = 24 * HOUR_S;
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Milliseconds since the epoch, or NaN for an unreadable or infinite input. */
export function toEpochMs(value: DateInput): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return Number.isFinite(value) ? value : NaN;
  return Date.parse(value);
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** 90 → "1m 30s", 3600 → "1h", 604800 → "7d". For durations like a sandbox's lifetime cap. */
export function formatDuration(totalSeconds: number): string {
  if (!Number.isFinite(totalSeconds) || totalSeconds < 0) return '—';
  const seconds = Math.floor(totalSeconds);
  if (seconds === 0) return '0s';
  const parts: Array<[number, string]> = [
    [Math.floor(seconds / DAY_S), 'd'],
    [Math.floor((seconds % DAY_S) / HOUR_S), 'h'],
    [Math.floor((seconds % HOUR_S) / MINUTE_S), 'm'],
    [seconds % MINUTE_S, 's'],
  ];
  return parts
    .filter(([amount]) => amount > 0)
    .slice(0, 2)
    .map(([amount, unit]) => `${amount}${unit}`)
    .join(' ');
}

/**
 * "ends in 45s", "ends in 4m 05s", "ends in 3h 12m", "ends in 2d 4h", or "ended".
 *
 * Rules: the two largest units, the smaller one truncated; minutes and seconds after a larger unit are
 * zero-padded so a ticking label keeps its width. Remaining time is rounded UP to the second, so the label
 * never reads "0s" while time is left, and "ended" appears exactly when none is.
 */
export function formatCountdown(msRemaining: number): string {
  if (!(msRemaining > 0)) return 'ended';
  const total = Math.ceil(msRemaining / SECOND);
  const days = Math.floor(total / DAY_S);
  const hours = Math.floor((total % DAY_S) / HOUR_S);
  const minutes = Math.floor((total % HOUR_S) / MINUTE_S);
  const seconds = total % MINUTE_S;
  if (days > 0) return `ends in ${days}d ${hours}h`;
  if (hours > 0) return `ends in ${hours}h ${pad2(minutes)}m`;
  if (minutes > 0) return `ends in ${minutes}m ${pad2(seconds)}s`;
  return `ends in ${seconds}s`;
}

/**
 * "just now", "4 s ago", "3 min ago", "2 h ago", "yesterday", "5 days ago", "2 wk ago", "3 mo ago", "1 yr ago",
 * and the same forward in time ("in 3 min", "tomorrow"). Units are truncated ("59 s" until a full minute).
 * "yesterday" means 24–48 hours ago: without a time zone a pure function has no calendar day.
 * A future time under a minute away reads "just now": it is clock skew between server and browser, and
 * "in 3 s" for a sandbox created a moment ago would be nonsense. An unreadable date gives "—".
 */
export function formatRelativeTime(date: DateInput, now: DateInput): string {
  const diff = toEpochMs(now) - toEpochMs(date);
  if (Number.isNaN(diff)) return '—';
  const abs = Math.abs(diff);
  if (abs < SECOND || (diff < 0 && abs < MINUTE)) return 'just now';
  const phrase = (amount: number, unit: string) =>
    diff > 0 ? `${amount} ${unit} ago` : `in ${amount} ${unit}`;
  if (abs < MINUTE) return phrase(Math.floor(abs / SECOND), 's');
  if (abs < HOUR) return phrase(Math.floor(abs / MINUTE), 'min');
  if (abs < DAY) return phrase(Math.floor(abs / HOUR), 'h');
  if (abs < 2 * DAY) return diff > 0 ? 'yesterday' : 'tomorrow';
  if (abs < 7 * DAY) return phrase(Math.floor(abs / DAY), 'days');
  if (abs < 30 * DAY) return phrase(Math.floor(abs / (7 * DAY)), 'wk');
  if (abs < 365 * DAY) return phrase(Math.floor(abs / (30 * DAY)), 'mo');
  return phrase(Math.floor(abs / (365 * DAY)), 'yr');
}

export type AbsoluteTimeOptions = { locale?: string; timeZone?: string };

/** Each way this file writes a moment, as Intl options (the zone is added per call). */
const MOMENT_FORMATS = {
  absolute: { dateStyle: 'medium', timeStyle: 'long' },
  endsAt: {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  },
  timeOfDay: { hour: '2-digit', minute: '2-digit', timeZoneName: 'short' },
  clock: { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false },
  zoneName: { timeZoneName: 'short' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

// Building an Intl.DateTimeFormat costs far more than using one, and a table of 200 rows formats on every tick
// of its clocks: one formatter per format, locale and zone, built once.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(
  format: keyof typeof MOMENT_FORMATS,
  { locale = 'en', timeZone }: AbsoluteTimeOptions,
): Intl.DateTimeFormat {
  const key = `${format}|${locale}|${timeZone ?? ''}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...MOMENT_FORMATS[format], timeZone });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A moment in one of the formats above, or `unreadable` for a date that isn't one. */
function formatMoment(
  date: DateInput,
  format: keyof typeof MOMENT_FORMATS,
  options: AbsoluteTimeOptions,
  unreadable: string,
): string {
  const at = toEpochMs(date);
  return Number.isNaN(at) ? unreadable : formatterFor(format, options).format(at);
}

/**
 * "May 1, 2026, 7:00:00 PM GMT+9": date, time to the second and the zone, for hover titles and "ends at".
 * The zone is named because a server render (UTC) and the browser (local) may differ; pass `timeZone` to pin
 * it. An unreadable date gives "—".
 */
export function formatAbsoluteTime(date: DateInput, options: AbsoluteTimeOptions = {}): string {
  return formatMoment(date, 'absolute', options, '—');
}

/** 0.35 → "350 ms", 1234 → "1.2 s", 65_000 → "1m 05s". How long a command ran. */
export function formatExecDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  if (ms < SECOND) return `${Math.round(ms)} ms`;
  if (ms < MINUTE) return `${(Math.floor(ms / 100) / 10).toFixed(1)} s`;
  const seconds = Math.floor(ms / SECOND);
  return `${Math.floor(seconds / MINUTE_S)}m ${pad2(seconds % MINUTE_S)}s`;
}

/**
 * 7_400 → "0:07", 754_000 → "12:34", 3_723_000 → "1:02:03": how far into a build a log line came, as a clock
 * that keeps its width down a column. Seconds are truncated, like a stopwatch; "" for an unknown offset.
 */
export function formatElapsedClock(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '';
  const total = Math.floor(ms / SECOND);
  const hours = Math.floor(total / HOUR_S);
  const minutes = Math.floor((total % HOUR_S) / MINUTE_S);
  const seconds = pad2(total % MINUTE_S);
  return hours > 0 ? `${hours}:${pad2(minutes)}:${seconds}` : `${minutes}:${seconds}`;
}

/**
 * "Wed, Jan 14, 04:05 PM UTC" (the form says "Ends at …"): a moment within the next days, to the minute, in
 * `timeZone` (the browser's own when undefined), naming the zone so it is never mistaken for another.
 */
export function formatEndsAt(date: DateInput, options: AbsoluteTimeOptions = {}): string {
  return formatMoment(date, 'endsAt', options, '—');
}

/** "04:05 PM UTC": the time of day only, with its zone, for a moment earlier today (a draft's save time). */
export function formatTimeOfDay(date: DateInput, options: AbsoluteTimeOptions = {}): string {
  return formatMoment(date, 'timeOfDay', options, '—');
}

/**
 * "14:03:12": a 24-hour clock to the second, with no zone, for a column of times (a build log) whose zone is said
 * once in its heading (timeZoneLabel). "" for an unreadable date.
 */
export function formatClockTime(
  date: DateInput,
  { timeZone }: Pick<AbsoluteTimeOptions, 'timeZone'> = {},
): string {
  return formatMoment(date, 'clock', { locale: 'en-GB', timeZone }, '');
}

/**
 * The short name of a zone at a moment: "UTC", "GMT+9", "EST"… (a zone's name can change with daylight saving,
 * hence the moment). For headings over columns of times that do not each name it.
 */
export function timeZoneLabel(at: DateInput, options: AbsoluteTimeOptions = {}): string {
  const epoch = toEpochMs(at);
  if (Number.isNaN(epoch)) return '';
  const parts = formatterFor('zoneName', options).formatToParts(epoch);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
}
