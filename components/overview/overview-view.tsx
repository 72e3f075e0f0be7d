'use client';

import Link from 'next/link';
import { useCan } from '@/components/account/actor-context';
import { PageHeader } from '@/components/layout/page-header';
import { RefreshControl } from '@/components/sandboxes/list/refresh-control';
import { buttonClasses } from '@/components/ui/button';
import { PlusIcon } from '@/components/ui/icons';
import { useStateCounts } from '@/lib/client/overview';
import { OVERVIEW_DESCRIPTION } from './overview-fallback';
import { RecentActivityCard } from './recent-activity-card';
import { SandboxSections } from './sandbox-sections';
import { StateCounts } from './state-counts';
import { TemplatesCard } from './templates-card';
import { useOverviewRefresh } from './use-overview-refresh';

/**
 * The `/` page: counts by state, what the sandboxes hold and when they end, how many were created lately, the
 * templates that need a look and, for admins, the latest actions. Each section loads and fails on its own;
 * one refresh control (as on the list) refreshes them all.
 */
export function OverviewView() {
  const { interval, intervalMs, setInterval, refresh, refreshing } = useOverviewRefresh();
  const counts = useStateCounts(intervalMs);
  const canCreate = useCan('sandbox.create');
  const canReadTemplates = useCan('template.read');
  const canReadAudit = useCan('audit.read');
  const updatedAt = Math.max(0, ...counts.map((entry) => entry.updatedAt));

  return (
    <>
      <PageHeader
        title="Overview"
        description={OVERVIEW_DESCRIPTION}
        actions={
          <>
            <RefreshControl
              interval={interval}
              onIntervalChange={setInterval}
              onRefresh={() => void refresh()}
              refreshing={refreshing}
              updatedAt={updatedAt}
              refreshLabel="Refresh the overview"
            />
            {canCreate ? (
              <Link href="/sandboxes/new" className={buttonClasses()}>
                <PlusIcon />
                New sandbox
              </Link>
            ) : null}
          </>
        }
      />
      <div className="flex flex-col gap-6">
        <StateCounts counts={counts} />
        <SandboxSections refetchInterval={intervalMs} canCreate={canCreate} />
        {canReadTemplates || canReadAudit ? (
          <div className="grid items-start gap-6 lg:grid-cols-2">
            {canReadTemplates ? <TemplatesCard refetchInterval={intervalMs} /> : null}
            {canReadAudit ? <RecentActivityCard refetchInterval={intervalMs} /> : null}
          </div>
        ) : null}
      </div>
    </>
  );
}
