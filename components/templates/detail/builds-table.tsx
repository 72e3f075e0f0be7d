'use client';

import { RelativeTime } from '@/components/ui/relative-time';
import { Table, TBody, THead, Tr } from '@/components/ui/table';
import { BuildStatusBadge } from '@/components/templates/template-status-badge';
import { cn } from '@/components/ui/cn';
import type { AuditActor } from '@/lib/audit-view/record';
import { actorName } from '@/lib/audit-view/describe';
import { isBuildInFlight } from '@/lib/client/templates';
import { useNow } from '@/lib/client/use-now';
import type { TemplateBuildResponse } from '@/lib/contract';
import { compactId } from '@/lib/format/ids';
import { formatExecDuration } from '@/lib/format/time';
import { buildDurationMs } from '@/lib/templates/build-duration';

type BuildsTableProps = {
  builds: readonly TemplateBuildResponse[];
  selectedId: string | undefined;
  onSelect: (buildId: string) => void;
  /** Who started each build, when the audit log could be read; undefined leaves the column out. */
  starters: ReadonlyMap<string, AuditActor> | undefined;
};

const TH = 'text-fg-subtle px-5 py-2 text-xs font-medium whitespace-nowrap';
const TD = 'px-5 py-2.5 whitespace-nowrap';

/** A running build's duration keeps counting; a finished one's is fixed. */
function Duration({ build }: { build: TemplateBuildResponse }) {
  const running = isBuildInFlight(build.status);
  const now = useNow(running ? 1000 : 60_000);
  const ms = buildDurationMs(build, running ? (now ?? undefined) : undefined);
  return <span className="tabular-nums">{ms === undefined ? '—' : formatExecDuration(ms)}</span>;
}

/** The build history, newest first; choosing a build shows its log below. */
export function BuildsTable({ builds, selectedId, onSelect, starters }: BuildsTableProps) {
  return (
    <Table label="Builds, newest first">
      <THead>
        <Tr>
          <th scope="col" className={TH}>
            Build
          </th>
          <th scope="col" className={TH}>
            Status
          </th>
          <th scope="col" className={TH}>
            Started
          </th>
          <th scope="col" className={TH}>
            Duration
          </th>
          {starters ? (
            <th scope="col" className={TH}>
              Started by
            </th>
          ) : null}
        </Tr>
      </THead>
      <TBody>
        {builds.map((build) => {
          const selected = build.id === selectedId;
          const starter = starters?.get(build.id);
          const started = build.started_at ?? build.created_at;
          return (
            <Tr key={build.id} className={cn(selected && 'bg-accent-soft/60')}>
              <td className={TD}>
                <button
                  type="button"
                  aria-pressed={selected}
                  aria-label={`Show the log of build ${build.id}`}
                  onClick={() => onSelect(build.id)}
                  className={cn(
                    'rounded-control font-mono text-xs underline-offset-2 hover:underline',
                    selected ? 'text-accent-text font-semibold' : 'text-fg',
                  )}
                >
                  {compactId(build.id)}
                </button>
              </td>
              <td className={TD}>
                <BuildStatusBadge status={build.status} />
              </td>
              <td className={cn(TD, 'text-fg-muted')}>
                {started ? <RelativeTime value={started} /> : 'Not yet'}
              </td>
              <td className={cn(TD, 'text-fg-muted')}>
                <Duration build={build} />
              </td>
              {starters ? (
                <td className={cn(TD, 'text-fg-muted')}>{starter ? actorName(starter) : '—'}</td>
              ) : null}
            </Tr>
          );
        })}
      </TBody>
    </Table>
  );
}
