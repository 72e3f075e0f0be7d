'use client';

import Link from 'next/link';
import { StatusBadge } from '@/components/sandboxes/status-badge';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ChevronRightIcon } from '@/components/ui/icons';
import { Skeleton } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/client/api-error';
import type { StateCount } from '@/lib/client/overview';
import { stateListHref } from '@/lib/overview/counts';

function CountTile({ entry }: { entry: StateCount }) {
  const { state, count, isPending } = entry;
  return (
    <li>
      <Link
        href={stateListHref(state)}
        data-testid={`count-${state}`}
        className="group rounded-card border-line bg-surface shadow-card hover:border-line-strong hover:bg-surface-hover flex h-full flex-col gap-3 border px-4 py-3.5 transition-colors"
      >
        <StatusBadge status={state} className="self-start" />
        {isPending ? (
          <Skeleton className="h-8 w-12" />
        ) : (
          <span className="text-fg text-3xl leading-8 font-semibold tracking-tight tabular-nums">
            <span data-testid="count-value">{count === undefined ? '—' : count.toLocaleString('en-US')}</span>
            <span className="sr-only">{count === undefined ? ' (count unavailable)' : ' sandboxes'}</span>
          </span>
        )}
        <span className="text-fg-subtle group-hover:text-accent-text flex items-center gap-0.5 text-xs">
          Show in the list
          <ChevronRightIcon className="size-3.5" />
        </span>
      </Link>
    </li>
  );
}

/** One tile per state, each a link to the list filtered by it. A failed count says so above the tiles. */
export function StateCounts({ counts }: { counts: StateCount[] }) {
  const failed = counts.filter((entry) => entry.count === undefined && entry.error);
  return (
    <section aria-labelledby="counts-heading" className="flex flex-col gap-3">
      <h2 id="counts-heading" className="sr-only">
        Sandboxes by state
      </h2>
      {failed.length > 0 ? (
        <Alert
          tone="warning"
          title="Couldn't count every state"
          action={
            <Button
              variant="secondary"
              size="sm"
              loading={failed.some((entry) => entry.isFetching)}
              onClick={() => void Promise.all(failed.map((entry) => entry.refetch()))}
            >
              Try again
            </Button>
          }
        >
          {errorMessage(failed[0]?.error)}
        </Alert>
      ) : null}
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {counts.map((entry) => (
          <CountTile key={entry.state} entry={entry} />
        ))}
      </ul>
    </section>
  );
}
