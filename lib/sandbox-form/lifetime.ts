/**
 * Lifetime (`timeout_seconds`): a number and a unit in the form, seconds in the request.
 * The API calls it a hard cap from creation; the UI says "ends at <time>", which stays true whether the backend
 * deletes (our docs) or pauses (newer backends) when it runs out.
 */
import type { LifetimeUnit, LifetimeValues } from './values';

export const UNIT_SECONDS: Record<LifetimeUnit, number> = { minutes: 60, hours: 3600, days: 86400 };

/** Whole seconds for an enabled lifetime with a positive whole amount; undefined when off or not a number yet. */
export function lifetimeSeconds(lifetime: LifetimeValues): number | undefined {
  if (!lifetime.enabled) return undefined;
  const text = lifetime.amount.trim();
  if (!/^\d+$/.test(text)) return undefined;
  const amount = Number(text);
  return amount > 0 ? amount * UNIT_SECONDS[lifetime.unit] : undefined;
}

/** The moment a sandbox created at `from` would reach its lifetime cap. */
export function lifetimeEndsAt(seconds: number, from: Date = new Date()): Date {
  return new Date(from.getTime() + seconds * 1000);
}

/** Picks the largest unit that expresses `seconds` exactly, so 7200 shows as "2 hours" and 5400 as "90 minutes". */
export function lifetimeFromSeconds(seconds: number | undefined): LifetimeValues {
  if (seconds === undefined || !Number.isInteger(seconds) || seconds <= 0) {
    return { enabled: false, amount: '1', unit: 'hours' };
  }
  for (const unit of ['days', 'hours', 'minutes'] as const) {
    if (seconds % UNIT_SECONDS[unit] === 0) {
      return { enabled: true, amount: String(seconds / UNIT_SECONDS[unit]), unit };
    }
  }
  // Not a whole number of minutes (set through the API): round up so the clone never ends earlier.
  return { enabled: true, amount: String(Math.ceil(seconds / 60)), unit: 'minutes' };
}
