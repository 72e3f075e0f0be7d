/**
 * "Ending soon": the sandboxes whose lifetime cap (`timeout_seconds` from `created_at`) ends within the next
 * hour, soonest first. Any state counts: the lifetime ends whether the sandbox runs or is paused.
 */
import type { SandboxListItem } from '@/lib/contract';
import { lifetimeEnd } from '@/lib/sandbox/lifetime';

export const ENDING_SOON_WINDOW_MS = 60 * 60 * 1000;

type WithLifetime = Pick<SandboxListItem, 'id' | 'created_at' | 'timeout_seconds'>;

export type EndingSoon<T> = { sandbox: T; endsAt: number };

/** Those ending after `now` and at most `windowMs` later, soonest first (ties by id, so the order is stable). */
export function endingSoon<T extends WithLifetime>(
  items: readonly T[],
  now: number,
  windowMs = ENDING_SOON_WINDOW_MS,
): EndingSoon<T>[] {
  const soon: EndingSoon<T>[] = [];
  for (const sandbox of items) {
    const end = lifetimeEnd(sandbox.created_at, sandbox.timeout_seconds);
    if (end === null) continue;
    const endsAt = end.getTime();
    if (endsAt > now && endsAt - now <= windowMs) soon.push({ sandbox, endsAt });
  }
  return soon.sort((a, b) => a.endsAt - b.endsAt || a.sandbox.id.localeCompare(b.sandbox.id));
}
