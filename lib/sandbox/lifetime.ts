/**
 * A sandbox's lifetime cap: when it ends, how much is left, and whether that is little enough to show in red.
 * How the remaining time reads ("ends in 3h 12m") is a formatter, in lib/format/time.ts.
 *
 * Pure: `now` is always a parameter, so a component drives these from one shared ticker and tests pin time.
 * The API's `timeout_seconds` counts from `created_at`; we call it a "lifetime" that "ends", which stays true
 * whether a backend deletes (the doc page) or pauses (newer backends) at that moment.
 */
import { formatCountdown, toEpochMs, type DateInput } from '@/lib/format/time';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** "Red under 10 minutes" (issue #5). */
export const LIFETIME_URGENT_MS = 10 * MINUTE;

/** When the lifetime ends, or null when there is no cap (no timeout) or the inputs are unreadable. */
export function lifetimeEnd(createdAt: DateInput, timeoutSeconds: number | null | undefined): Date | null {
  const start = toEpochMs(createdAt);
  if (Number.isNaN(start) || typeof timeoutSeconds !== 'number') return null;
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) return null;
  return new Date(start + timeoutSeconds * SECOND);
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
  const nowMs = toEpochMs(now);
  if (endsAt === null || Number.isNaN(nowMs)) return null;
  const msRemaining = endsAt.getTime() - nowMs;
  return { endsAt, msRemaining, label: formatCountdown(msRemaining), urgent: isLifetimeUrgent(msRemaining) };
}
