'use client';

import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { ListToolbar } from './list-toolbar';
import { SandboxTableSkeleton } from './sandbox-table';
import { useListState } from './use-list-state';

/**
 * What the server streams at once, before the rows: the page's header and toolbar (the URL's filters already
 * in it) over grey rows, so a slow upstream never holds back the page's frame.
 */
export function SandboxesViewFallback() {
  const { state, navigate, update } = useListState();
  return (
    <>
      <PageHeader title="Sandboxes" description="Isolated Firecracker microVMs for running code." />
      <Card className="overflow-hidden">
        <ListToolbar
          state={state}
          navigate={navigate}
          update={update}
          refreshing
          updatedAt={0}
          onRefresh={() => {}}
        />
        <p role="status" className="sr-only">
          Loading sandboxes…
        </p>
        <SandboxTableSkeleton />
      </Card>
    </>
  );
}
