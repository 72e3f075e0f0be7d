'use client';

import { Skeleton } from '@/components/ui/skeleton';
import { OverviewHeader } from './overview-header';

/** What the server streams at once, before the counts: the page's header and controls over grey tiles. */
export function OverviewFallback() {
  return (
    <>
      <OverviewHeader updatedAt={0} />
      <p role="status" className="sr-only">
        Loading the overview…
      </p>
      <ul aria-hidden="true" className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {Array.from({ length: 5 }, (_, index) => (
          <li
            key={index}
            className="rounded-card border-line bg-surface shadow-card flex flex-col gap-3 border px-4 py-3.5"
          >
            <Skeleton className="h-5 w-16" />
            <Skeleton className="h-8 w-12" />
            <Skeleton className="h-4 w-24" />
          </li>
        ))}
      </ul>
    </>
  );
}
