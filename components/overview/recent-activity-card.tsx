'use client';

import Link from 'next/link';
import { OutcomeBadge } from '@/components/audit/record-parts';
import { Card, CardHeader } from '@/components/ui/card';
import { RelativeTime } from '@/components/ui/relative-time';
import { actionLabel } from '@/lib/audit-view/actions';
import { actorName, targetName } from '@/lib/audit-view/describe';
import type { AuditRecord } from '@/lib/audit-view/record';
import { useAuditLog } from '@/lib/client/audit';
import { QuerySection, SectionLink } from './section-states';

/** The newest records, as /audit's first page with this limit asks for them. */
const RECENT_QUERY = 'limit=10';

/** What the record acted on, in a line: a sandbox links to its page, anything else is its name. */
function Target({ record }: { record: AuditRecord }) {
  const { target } = record;
  if (!target.type) return null;
  const name = targetName(target);
  if (target.type === 'sandbox' && target.id) {
    return (
      <Link
        href={`/sandboxes/${encodeURIComponent(target.id)}`}
        className="text-accent-text truncate hover:underline"
      >
        {name}
      </Link>
    );
  }
  return <span className="text-fg truncate">{name}</span>;
}

function Entry({ record }: { record: AuditRecord }) {
  return (
    <li className="flex items-center gap-3 px-5 py-2.5 text-sm">
      <p className="flex min-w-0 flex-1 flex-wrap items-center gap-x-2 gap-y-1">
        <span className="text-fg font-medium">{actorName(record.actor)}</span>
        <span className="text-fg-muted">{actionLabel(record.action)}</span>
        <Target record={record} />
        {record.outcome === 'success' ? null : <OutcomeBadge record={record} />}
      </p>
      <RelativeTime
        value={new Date(record.at).toISOString()}
        className="text-fg-subtle shrink-0 text-xs whitespace-nowrap"
      />
    </li>
  );
}

/** The last 10 actions and who took them. Mounted only for roles that may read the audit log. */
export function RecentActivityCard({ refetchInterval }: { refetchInterval: number | false }) {
  const query = useAuditLog(RECENT_QUERY, { refetchInterval });
  return (
    <Card aria-labelledby="recent-heading">
      <CardHeader
        id="recent-heading"
        title="Recent activity"
        description="The last 10 actions, newest first."
        actions={<SectionLink href="/audit">Audit log</SectionLink>}
      />
      <QuerySection
        query={query}
        loadingLabel="Loading the recent activity"
        errorTitle="Couldn't load the recent activity"
      >
        {({ records }) =>
          records.length === 0 ? (
            <p className="text-fg-muted px-5 py-4 text-sm">
              Nothing recorded yet. Every change made through this dashboard appears here.
            </p>
          ) : (
            <ol aria-label="Recent activity, newest first" className="divide-line divide-y">
              {records.map((record) => (
                <Entry key={record.id} record={record} />
              ))}
            </ol>
          )
        }
      </QuerySection>
    </Card>
  );
}
