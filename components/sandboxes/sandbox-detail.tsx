'use client';

import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { AlertIcon, RefreshIcon } from '@/components/ui/icons';
import type { SandboxResponse } from '@/lib/contract';
import { errorMessage, isApiError } from '@/lib/client/api-error';
import { useSandbox } from '@/lib/client/sandboxes';
import { SandboxDetailSkeleton } from './sandbox-detail-skeleton';
import { SandboxHeader } from './sandbox-header';
import { SandboxMetadata } from './sandbox-metadata';
import { SandboxNetwork } from './sandbox-network';
import { SandboxNotFound } from './sandbox-not-found';
import { SandboxOverview } from './sandbox-overview';

/** While a sandbox is between states, poll so the page shows where it lands. */
const TRANSITIONAL = new Set(['starting', 'pausing', 'resuming']);
const TRANSITION_POLL_MS = 1_500;

function pollWhileChanging(sandbox?: SandboxResponse): number | false {
  return sandbox && TRANSITIONAL.has(sandbox.status) ? TRANSITION_POLL_MS : false;
}

/** A 404 means gone; a 400 here means the id is not one the API could ever have issued. */
function isMissing(error: unknown): boolean {
  return isApiError(error) && (error.status === 404 || error.status === 400);
}

export function SandboxDetail({ id }: { id: string }) {
  const {
    data: sandbox,
    error,
    isPending,
    isFetching,
    refetch,
  } = useSandbox(id, {
    refetchInterval: pollWhileChanging,
  });

  if (isPending) return <SandboxDetailSkeleton />;
  if (!sandbox) {
    if (isMissing(error)) return <SandboxNotFound id={id} />;
    return (
      <Card className="mx-auto mt-6 max-w-xl">
        <EmptyState
          as="h1"
          icon={<AlertIcon />}
          title="Couldn't load this sandbox"
          description={errorMessage(error)}
          action={
            <>
              <Link href="/sandboxes" className={buttonClasses({ variant: 'ghost' })}>
                Back to sandboxes
              </Link>
              <Button variant="secondary" onClick={() => refetch()} loading={isFetching}>
                <RefreshIcon />
                Try again
              </Button>
            </>
          }
        />
      </Card>
    );
  }

  return (
    <>
      <title>{`${sandbox.name} · Sandbox Console`}</title>
      <SandboxHeader sandbox={sandbox} />
      {error ? <RefreshProblem error={error} onRetry={() => refetch()} retrying={isFetching} /> : null}
      {/* Details come first in reading order (and on narrow screens); on wide ones they sit on the right. */}
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <div className="lg:col-start-3 lg:row-start-1">
          <SandboxOverview sandbox={sandbox} />
        </div>
        <div className="space-y-6 lg:col-span-2 lg:col-start-1 lg:row-start-1">
          <SandboxMetadata metadata={sandbox.metadata} />
          <SandboxNetwork network={sandbox.network} />
        </div>
      </div>
    </>
  );
}

/** The page already shows the sandbox, but the latest refresh failed: say so without hiding what we have. */
function RefreshProblem({
  error,
  onRetry,
  retrying,
}: {
  error: Error;
  onRetry: () => void;
  retrying: boolean;
}) {
  if (isMissing(error)) {
    return (
      <Alert
        tone="danger"
        live="polite"
        className="mb-6"
        title="This sandbox no longer exists"
        action={
          <Link href="/sandboxes" className={buttonClasses({ variant: 'secondary', size: 'sm' })}>
            Back to sandboxes
          </Link>
        }
      >
        It was deleted, or its lifetime ended. What you see below is its last known state.
      </Alert>
    );
  }
  return (
    <Alert
      tone="warning"
      className="mb-6"
      title="Couldn't refresh this sandbox"
      action={
        <Button variant="secondary" size="sm" onClick={onRetry} loading={retrying}>
          Try again
        </Button>
      }
    >
      {errorMessage(error)} Showing the last known state.
    </Alert>
  );
}
