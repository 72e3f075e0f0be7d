'use client';

import Link from 'next/link';
import { OutcomeBadge, TargetLabel } from '@/components/audit/record-parts';
import { Card, CardHeader } from '@/components/ui/card';
import { LoadProblem } from '@/components/ui/load-problem';
import { RelativeTime } from '@/components/ui/relative-time';
import { actionLabel } from '@/lib/audit-view/actions';
import { actorName } from '@/lib/audit-view/describe';
import type { AuditRecord } from '@/lib/audit-view/record';
import { useAuditLog } from '@/lib/client/audit';
import { SectionLoading } from './section-states';

/** The newest records, as /audit's first page with this limit asks for them. */
const RECENT_QUERY = 'limit=10';

function Entry({ record }: { record: AuditRecord }) {
  return (
    <li className="flex items-start gap-3 px-5 py-2.5 text-sm">
      <div className="flex min-w-0 flex-1 flex-col gap-0.5">
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <span className="text-fg font-medium">{actorName(record.actor)}</span>
          <span className="text-fg-muted">{actionLabel(record.action)}</span>
          {record.outcome === 'success' ? null : <OutcomeBadge record={record} />}
        </p>
        {record.target.type ? <TargetLabel record={record} /> : null}
      </div>
      <RelativeTime
        value={new Date(record.at).toISOString()}
        className="text-fg-subtle shrink-0 text-xs whitespace-nowrap"
      />
    </li>
  );
}

/** The last 10 actions and who took them. Mounted only for roles that may read the audit log. */
export function RecentActivityCard({ refetchInterval }: { refetchInterval: number | false }) {
  const { data, error, isPending, isFetching, refetch } = useAuditLog(RECENT_QUERY, { refetchInterval });
  return (
    <Card aria-labelledby="recent-heading">
      <CardHeader
        id="recent-heading"
        title="Recent activity"
        description="The last 10 actions, newest first."
        actions={
          <Link href="/audit" className="text-accent-text text-sm font-medium hover:underline">
            Audit log
          </Link>
        }
      />
      {isPending ? (
        <SectionLoading label="Loading the recent activity" />
      ) : !data ? (
        <LoadProblem
          title="Couldn't load the recent activity"
          error={error}
          onRetry={() => void refetch()}
          retrying={isFetching}
        />
      ) : data.records.length === 0 ? (
        <p className="text-fg-muted px-5 py-4 text-sm">
          Nothing recorded yet. Every change made through this dashboard appears here.
        </p>
      ) : (
        <ol aria-label="Recent activity, newest first" className="divide-line divide-y">
          {data.records.map((record) => (
            <Entry key={record.id} record={record} />
          ))}
        </ol>
      )}
    </Card>
  );
}
