/**
 * A sandbox's lifetime cap and the times shown around it ("ends in 3h 12m", "Updated 4 s ago").
 *
 * Pure: `now` is always a parameter, so a component drives these from one shared ticker and tests pin time.
 * The API's `timeout_seconds` counts from `created_at`; we call it a "lifetime" that "ends", which stays true
 * whether a backend deletes (the doc page) or pauses (newer backends) at that moment.
 */

type DateInput = string | number | Date;

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "Red under 10 minutes" (issue #5). */
export const LIFETIME_URGENT_MS = 10 * MINUTE;

/** When the lifetime ends, or null when there is no cap (no timeout) or the inputs are unreadable. */
export function lifetimeEnd(createdAt: DateInput, timeoutSeconds: number | null | undefined): Date | null {
  const start = toMs(createdAt);
  if (Number.isNaN(start) || typeof timeoutSeconds !== 'number') return null;
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) return null;
  return new Date(start + timeoutSeconds * SECOND);
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
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (days > 0) return `ends in ${days}d ${hours}h`;
  if (hours > 0) return `ends in ${hours}h ${pad2(minutes)}m`;
  if (minutes > 0) return `ends in ${minutes}m ${pad2(seconds)}s`;
  return `ends in ${seconds}s`;
}

/** Under 10 minutes left, "ended" included (it stays red until the row goes away). NaN is not urgent. */
export function isLifetimeUrgent(msRemaining: number): boolean {
  return msRemaining < LIFETIME_URGENT_MS;
}

export type LifetimeStatus = { endsAt: Date; msRemaining: number; label: string; urgent: boolean };

/** Everything a lifetime cell shows, in one call; null when the sandbox has no lifetime cap. */
export function lifetimeStatus(
  createdAt: DateInput,
  timeoutSeconds: number | null | undefined,
  now: DateInput,
): LifetimeStatus | null {
  const endsAt = lifetimeEnd(createdAt, timeoutSeconds);
  const nowMs = toMs(now);
  if (endsAt === null || Number.isNaN(nowMs)) return null;
  const msRemaining = endsAt.getTime() - nowMs;
  return { endsAt, msRemaining, label: formatCountdown(msRemaining), urgent: isLifetimeUrgent(msRemaining) };
}

/**
 * "just now", "4 s ago", "3 min ago", "2 h ago", "yesterday", "5 days ago", "2 wk ago", "3 mo ago", "1 yr ago",
 * and the same forward in time ("in 3 min", "tomorrow"). Units are truncated ("59 s" until a full minute).
 * "yesterday" means 24–48 hours ago: without a time zone a pure function has no calendar day.
 * A future time under a minute away reads "just now": it is clock skew between server and browser, and
 * "in 3 s" for a sandbox created a moment ago would be nonsense. An unreadable date gives "—".
 */
export function formatRelativeTime(date: DateInput, now: DateInput): string {
  const diff = toMs(now) - toMs(date);
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

/**
 * "May 1, 2026, 7:00:00 PM GMT+9": date, time to the second and the zone, for hover titles and "ends at".
 * The zone is named because a server render (UTC) and the browser (local) may differ; pass `timeZone` to pin
 * it. An unreadable date gives "—".
 */
export function formatAbsoluteTime(
  date: DateInput,
  { locale = 'en', timeZone }: AbsoluteTimeOptions = {},
): string {
  const at = toMs(date);
  if (Number.isNaN(at)) return '—';
  return absoluteFormatter(locale, timeZone).format(at);
}

// Building an Intl.DateTimeFormat costs far more than using one, and a table of 200 rows formats on every tick
// of its clocks: one formatter per locale and zone, built once.
const absoluteFormatters = new Map<string, Intl.DateTimeFormat>();
function absoluteFormatter(locale: string, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone ?? ''}`;
  let formatter = absoluteFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'long', timeZone });
    absoluteFormatters.set(key, formatter);
  }
  return formatter;
}

function toMs(value: DateInput): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return Number.isFinite(value) ? value : NaN;
  return Date.parse(value);
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
