/**
 * How long a build took (or has taken so far), for the builds table and the log viewer's summary. From the
 * build's own times when the API gave them; for a build whose record hasn't caught up yet, from its log.
 */
import { toEpochMs } from '@/lib/format/time';

export type BuildTimes = {
  started_at?: string | null;
  created_at?: string | null;
  finalized_at?: string | null;
};

/** Milliseconds from start (or creation, for a build cancelled before it started) to its end, or to `now`. */
export function buildDurationMs(build: BuildTimes, now?: number): number | undefined {
  const start = build.started_at ?? build.created_at;
  if (!start) return undefined;
  const from = toEpochMs(start);
  const to = build.finalized_at ? toEpochMs(build.finalized_at) : now;
  if (to === undefined || Number.isNaN(from) || Number.isNaN(to)) return undefined;
  return Math.max(0, to - from);
}
