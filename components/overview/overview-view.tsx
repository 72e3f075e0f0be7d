'use client';

import { useCan } from '@/components/account/actor-context';
import { useStateCounts } from '@/lib/client/overview';
import { OverviewHeader } from './overview-header';
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
  const { intervalMs } = useOverviewRefresh();
  const counts = useStateCounts(intervalMs);
  const canCreate = useCan('sandbox.create');
  const canReadTemplates = useCan('template.read');
  const canReadAudit = useCan('audit.read');
  const updatedAt = Math.max(0, ...counts.map((entry) => entry.updatedAt));

  return (
    <>
      <OverviewHeader updatedAt={updatedAt} />
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
