'use client';

import { useIsMutating } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';

import { OutcomeBadge } from '@/components/audit/record-parts';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardHeader } from '@/components/ui/card';
import { RefreshIcon } from '@/components/ui/icons';
import { RelativeTime } from '@/components/ui/relative-time';
import { Skeleton } from '@/components/ui/skeleton';
import { actionLabel } from '@/lib/audit-view/actions';
import { actorName, describeDetails } from '@/lib/audit-view/describe';
import type { AuditRecord } from '@/lib/audit-view/record';
import { errorMessage } from '@/lib/client/api-error';
import { useSandboxActivity } from '@/lib/client/audit';

/** Someone else may act on the sandbox too; a quiet refresh now and then keeps the card honest. */
const REFRESH_MS = 30_000;

type ActivityCardProps = {
  sandboxId: string;
  /** The sandbox's status: when it changes, something happened worth a fresh look. */
  status: string;
};

function Entry({ record }: { record: AuditRecord }) {
  const details = describeDetails(record);
  return (
    <li className="flex items-start gap-3 px-5 py-2.5">
      <div className="min-w-0 flex-1">
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
          <span className="text-fg font-medium">{actorName(record.actor)}</span>
          <span className="text-fg-muted">{actionLabel(record.action)}</span>
          {record.outcome === 'success' ? null : <OutcomeBadge record={record} />}
        </p>
        {details ? (
          <code className="text-fg-muted mt-0.5 block font-mono text-xs break-all">{details}</code>
        ) : null}
      </div>
      <RelativeTime
        value={new Date(record.at).toISOString()}
        className="text-fg-subtle shrink-0 text-xs whitespace-nowrap"
      />
    </li>
  );
}

/** Runs `refetch` when `signal` changes, but not on the first render (the query has just fetched). */
function useRefetchOn(signal: unknown, refetch: () => unknown) {
  const last = useRef(signal);
  useEffect(() => {
    if (Object.is(last.current, signal)) return;
    last.current = signal;
    void refetch();
  }, [signal, refetch]);
}

/** Who created this sandbox, paused it, edited it, ran what: its audit records, newest first. Every role sees it. */
export function ActivityCard({ sandboxId, status }: ActivityCardProps) {
  const query = useSandboxActivity(sandboxId, { refetchInterval: REFRESH_MS });
  const { data, error, isPending, isFetching, refetch, hasNextPage, fetchNextPage, isFetchingNextPage } =
    query;
  // A pause, an edit or a delete from this page ends as a mutation; its record is there by the time it settles.
  const settled = useIsMutating() === 0;
  useRefetchOn(status, refetch);
  useRefetchOn(settled, refetch);

  const records = data?.pages.flatMap((page) => page.records) ?? [];

  return (
    <Card aria-labelledby="activity-heading">
      <CardHeader
        id="activity-heading"
        title="Activity"
        description="Who did what to this sandbox, newest first."
        actions={
          <Button variant="ghost" size="sm" onClick={() => void refetch()} loading={isFetching && !isPending}>
            <RefreshIcon />
            Refresh
          </Button>
        }
      />
      {isPending ? (
        <div role="status" aria-label="Loading activity" className="flex flex-col gap-3 px-5 py-4">
          <Skeleton className="h-4 w-2/3" />
          <Skeleton className="h-4 w-1/2" />
          <Skeleton className="h-4 w-3/5" />
        </div>
      ) : !data ? (
        <div className="px-5 py-4">
          <Alert
            tone="warning"
            title="Couldn't load the activity"
            action={
              <Button variant="secondary" size="sm" onClick={() => void refetch()} loading={isFetching}>
                Try again
              </Button>
            }
          >
            {errorMessage(error)}
          </Alert>
        </div>
      ) : records.length === 0 ? (
        <p className="text-fg-muted px-5 py-4 text-sm">
          Nothing recorded for this sandbox yet. Changes made through this dashboard appear here.
        </p>
      ) : (
        <>
          <ol aria-label="Activity, newest first" className="divide-line divide-y">
            {records.map((record) => (
              <Entry key={record.id} record={record} />
            ))}
          </ol>
          {hasNextPage ? (
            <div className="border-line border-t px-5 py-3">
              <Button
                variant="secondary"
                size="sm"
                onClick={() => void fetchNextPage()}
                loading={isFetchingNextPage}
              >
                Show older
              </Button>
            </div>
          ) : null}
        </>
      )}
    </Card>
  );
}
