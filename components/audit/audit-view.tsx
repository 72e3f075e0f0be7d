'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';

import { PageHeader } from '@/components/layout/page-header';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { AlertIcon, ShieldIcon } from '@/components/ui/icons';
import {
  auditApiQuery,
  auditPageHref,
  type AuditPageState,
  EMPTY_AUDIT_STATE,
  hasAuditFilters,
  parseAuditPageState,
} from '@/lib/audit-view/page-state';
import { errorMessage } from '@/lib/client/api-error';
import { auditExportHref, useAuditLog } from '@/lib/client/audit';
import { useTimeZone } from '@/lib/client/time-zone';

import { AuditFilters } from './audit-filters';
import { AuditPager } from './audit-pager';
import { AuditTable, AuditTableSkeleton } from './audit-table';

/** The view state IS the URL; changes go through history, which Next's router follows without a server trip. */
function useAuditPageState() {
  const searchParams = useSearchParams();
  const state = useMemo(() => parseAuditPageState(searchParams), [searchParams]);
  const navigate = useCallback((next: AuditPageState) => {
    const href = auditPageHref(next, window.location.pathname);
    if (href !== window.location.pathname + window.location.search) window.history.pushState(null, '', href);
  }, []);
  return { state, navigate };
}

/** /audit (admins): who did what, newest first, filtered and paged in the URL, exportable as CSV. */
export function AuditView({ retentionDays }: { retentionDays: number }) {
  const { state, navigate } = useAuditPageState();
  // The From and To days are days of the calendar the times are shown in: the viewer's own, or UTC's.
  const utc = useTimeZone().choice === 'utc';
  const query = useAuditLog(auditApiQuery(state, { utc }));
  const { data, error, isPending, isFetching, isPlaceholderData, refetch } = query;
  const filtered = hasAuditFilters(state);
  const filtersOnly = { ...state, before: undefined, after: undefined };

  let body;
  if (isPending) body = <AuditTableSkeleton />;
  else if (!data) {
    body = (
      <EmptyState
        icon={<AlertIcon />}
        title="Couldn't load the audit log"
        description={errorMessage(error)}
        action={
          <Button variant="secondary" onClick={() => void refetch()} loading={isFetching}>
            Try again
          </Button>
        }
      />
    );
  } else if (data.records.length === 0) {
    body = filtered ? (
      <EmptyState
        title="Nothing matches"
        description="No record matches these filters. Loosen a filter or clear them all."
        action={
          <Button variant="secondary" onClick={() => navigate(EMPTY_AUDIT_STATE)}>
            Clear filters
          </Button>
        }
      />
    ) : (
      <EmptyState
        icon={<ShieldIcon />}
        title="Nothing recorded yet"
        description="Every change made through this dashboard, and every sign-in, will be listed here."
      />
    );
  } else {
    body = <AuditTable records={data.records} busy={isPlaceholderData} />;
  }

  return (
    <>
      <PageHeader
        title="Audit log"
        description={`Who did what in this dashboard, newest first. Records are kept for ${retentionDays} ${retentionDays === 1 ? 'day' : 'days'}.`}
        actions={
          <a
            href={auditExportHref(auditApiQuery(filtersOnly, { cursor: false, utc }))}
            download
            className={buttonClasses({ variant: 'secondary' })}
          >
            Export CSV
          </a>
        }
      />
      {data && error ? (
        <Alert
          tone="warning"
          className="mb-4"
          title="Couldn't refresh the audit log"
          action={
            <Button variant="secondary" size="sm" onClick={() => void refetch()} loading={isFetching}>
              Try again
            </Button>
          }
        >
          {errorMessage(error)} Showing the records from the last successful load.
        </Alert>
      ) : null}
      <Card className="overflow-hidden">
        <AuditFilters key={auditPageHref(filtersOnly)} state={state} onApply={navigate} />
        {body}
        {data && (data.records.length > 0 || state.before || state.after) ? (
          <AuditPager
            newer={data.newer}
            older={data.older}
            paged={Boolean(state.before || state.after)}
            count={data.records.length}
            onPage={(cursor) => navigate({ ...filtersOnly, ...cursor })}
          />
        ) : null}
      </Card>
    </>
  );
}
