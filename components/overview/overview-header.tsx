'use client';

import Link from 'next/link';
import { useCan } from '@/components/account/actor-context';
import { PageHeader } from '@/components/layout/page-header';
import { RefreshControl } from '@/components/sandboxes/list/refresh-control';
import { buttonClasses } from '@/components/ui/button';
import { PlusIcon } from '@/components/ui/icons';
import { useOverviewRefresh } from './use-overview-refresh';

/**
 * The overview's title and its controls: the list's refresh control (interval in the URL, one button for every
 * section) and "New sandbox" for roles that may create. The same in the streamed fallback, so nothing moves.
 */
export function OverviewHeader({ updatedAt }: { updatedAt: number }) {
  const { interval, setInterval, refresh, refreshing } = useOverviewRefresh();
  const canCreate = useCan('sandbox.create');
  return (
    <PageHeader
      title="Overview"
      description="What is running right now, what it uses and what ends soon."
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
  );
}
