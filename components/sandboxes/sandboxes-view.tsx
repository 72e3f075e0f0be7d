'use client';

import Link from 'next/link';
import { PageHeader } from '@/components/layout/page-header';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { AlertIcon, BoxIcon, PlusIcon, RefreshIcon } from '@/components/ui/icons';
import { errorMessage } from '@/lib/client/api-error';
import { useSandboxes } from '@/lib/client/sandboxes';
import { SandboxTable, SandboxTableSkeleton } from './sandbox-table';

function countLabel(count: number): string {
  return count === 1 ? '1 sandbox' : `${count} sandboxes`;
}

/** The `/sandboxes` page: the list with its loading, empty and error states. */
export function SandboxesView() {
  const query = useSandboxes();
  const { data, error, isPending, isFetching, refetch } = query;
  const count = data ? (data.total ?? data.items.length) : undefined;

  const newButton = (
    <Link href="/sandboxes/new" className={buttonClasses()}>
      <PlusIcon />
      New sandbox
    </Link>
  );

  return (
    <>
      <PageHeader
        title="Sandboxes"
        description={
          count === undefined
            ? 'Isolated Firecracker microVMs for running code.'
            : `${countLabel(count)} · isolated Firecracker microVMs for running code.`
        }
        actions={
          <>
            <Button
              variant="secondary"
              onClick={() => refetch()}
              disabled={isFetching}
              aria-label="Refresh the list"
              title="Refresh"
              size="icon"
              className="size-9"
            >
              <RefreshIcon className={isFetching ? 'size-4 animate-spin' : 'size-4'} />
            </Button>
            {newButton}
          </>
        }
      />

      {data && error ? (
        <Alert
          tone="warning"
          className="mb-4"
          title="Couldn't refresh the list"
          action={
            <Button variant="secondary" size="sm" onClick={() => refetch()} loading={isFetching}>
              Try again
            </Button>
          }
        >
          {errorMessage(error)} Showing the sandboxes from the last successful load.
        </Alert>
      ) : null}

      <Card className="overflow-hidden">
        {isPending ? (
          <>
            <p role="status" className="sr-only">
              Loading sandboxes…
            </p>
            <SandboxTableSkeleton />
          </>
        ) : !data ? (
          <EmptyState
            icon={<AlertIcon />}
            title="Couldn't load sandboxes"
            description={errorMessage(error)}
            action={
              <Button variant="secondary" onClick={() => refetch()} loading={isFetching}>
                <RefreshIcon />
                Try again
              </Button>
            }
          />
        ) : data.items.length === 0 ? (
          <EmptyState
            icon={<BoxIcon />}
            title="No sandboxes yet"
            description="A sandbox is an isolated microVM with its own filesystem, network rules and environment. Create one to run code in it."
            action={newButton}
          />
        ) : (
          <SandboxTable sandboxes={data.items} />
        )}
      </Card>
    </>
  );
}
