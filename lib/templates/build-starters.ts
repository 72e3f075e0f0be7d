/**
 * Who started each build, from the audit log. A create starts a template's first build and a rebuild that
 * answered 201 starts a new one (a 200 only handed back the build already running). The API's build has no
 * "created by"; the audit record names the template, not the build (the build id is only known after the
 * request), so builds and records are paired by time: each build gets the start record nearest to its
 * `created_at`, each record at most once, within a window that allows for the dashboard's and the API's clocks
 * to differ a little. A build started outside this dashboard (the SDK, the CLI) finds no record: "—".
 */
import type { AuditActor, AuditRecord } from '@/lib/audit-view/record';
import { toEpochMs } from '@/lib/format/time';

/** How far apart a build's creation and its start record may be and still be paired. */
export const STARTER_WINDOW_MS = 30_000;

type BuildStart = { id: string; created_at?: string | null };

/** A record that started a build: a successful create, or a rebuild that made a new build. */
export function startsBuild(record: AuditRecord): boolean {
  if (record.outcome !== 'success') return false;
  if (record.action === 'template.create') return true;
  return record.action === 'template.build' && record.status !== 200;
}

/** Build id → who started it, for the builds the records account for. */
export function buildStarters(
  builds: readonly BuildStart[],
  records: readonly AuditRecord[],
): Map<string, AuditActor> {
  const starts = records.filter(startsBuild);
  const used = new Set<string>();
  const starters = new Map<string, AuditActor>();
  const ordered = builds
    .map((build) => ({ id: build.id, at: build.created_at ? toEpochMs(build.created_at) : Number.NaN }))
    .filter((build) => !Number.isNaN(build.at))
    .sort((a, b) => a.at - b.at);
  for (const build of ordered) {
    let best: AuditRecord | undefined;
    for (const record of starts) {
      if (used.has(record.id)) continue;
      const gap = Math.abs(record.at - build.at);
      if (gap > STARTER_WINDOW_MS) continue;
      if (!best || gap < Math.abs(best.at - build.at)) best = record;
    }
    if (best) {
      used.add(best.id);
      starters.set(build.id, best.actor);
    }
  }
  return starters;
}
