/** Date and time formatting for the UI. Pure: `now` and the locale/time zone are parameters for tests. */

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

export type TimeFormatOptions = { locale?: string; timeZone?: string };

function toMs(value: string | number | Date): number {
  return value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
}

/** "just now", "3 minutes ago", "yesterday", "in 2 hours", "last month". An unreadable date gives "—". */
export function formatRelativeTime(
  value: string | number | Date,
  now: number = Date.now(),
  { locale = 'en' }: TimeFormatOptions = {},
): string {
  const at = toMs(value);
  if (Number.isNaN(at)) return '—';
  const seconds = Math.round((at - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 45) return 'just now';
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (abs < HOUR) return rtf.format(Math.round(seconds / MINUTE), 'minute');
  if (abs < DAY) return rtf.format(Math.round(seconds / HOUR), 'hour');
  if (abs < WEEK) return rtf.format(Math.round(seconds / DAY), 'day');
  if (abs < MONTH) return rtf.format(Math.round(seconds / WEEK), 'week');
  if (abs < YEAR) return rtf.format(Math.round(seconds / MONTH), 'month');
  return rtf.format(Math.round(seconds / YEAR), 'year');
}

/** "May 1, 2026, 2:05:09 PM" in the viewer's time zone (or the one given). */
export function formatDateTime(
  value: string | number | Date,
  { locale = 'en', timeZone }: TimeFormatOptions = {},
): string {
  const at = toMs(value);
  if (Number.isNaN(at)) return '—';
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone,
  }).format(at);
}

/** 90 → "1m 30s", 3600 → "1h", 604800 → "7d". For durations like a sandbox's lifetime cap. */
export function formatDuration(totalSeconds: number): string {
  if (!Number.isFinite(totalSeconds) || totalSeconds < 0) return '—';
  const seconds = Math.floor(totalSeconds);
  if (seconds === 0) return '0s';
  const parts: Array<[number, string]> = [
    [Math.floor(seconds / DAY), 'd'],
    [Math.floor((seconds % DAY) / HOUR), 'h'],
    [Math.floor((seconds % HOUR) / MINUTE), 'm'],
    [seconds % MINUTE, 's'],
  ];
  return parts
    .filter(([amount]) => amount > 0)
    .slice(0, 2)
    .map(([amount, unit]) => `${amount}${unit}`)
    .join(' ');
}
