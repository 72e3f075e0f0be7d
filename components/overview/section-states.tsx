import Link from 'next/link';
import type { ReactNode } from 'react';
import { LoadProblem } from '@/components/ui/load-problem';
import { Skeleton } from '@/components/ui/skeleton';

/** A card's loading lines, announced once to screen readers ("Loading the templates…"). */
export function SectionLoading({ label, lines = 3 }: { label: string; lines?: number }) {
  return (
    <div role="status" aria-label={label} className="flex flex-col gap-3 px-5 py-4">
      {Array.from({ length: lines }, (_, index) => (
        <Skeleton key={index} className={index % 2 === 0 ? 'h-4 w-2/3' : 'h-4 w-1/2'} />
      ))}
    </div>
  );
}

/** The link at the right of a card's header, to the page that has all of it. */
export function SectionLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="text-accent-text text-sm font-medium hover:underline">
      {children}
    </Link>
  );
}

type SectionQuery<T> = {
  data: T | undefined;
  error: unknown;
  isPending: boolean;
  isFetching: boolean;
  refetch: () => unknown;
};

type QuerySectionProps<T> = {
  query: SectionQuery<T>;
  /** "Loading the templates", for screen readers. */
  loadingLabel: string;
  /** "Couldn't load the templates". */
  errorTitle: string;
  children: (data: T) => ReactNode;
};

/**
 * A card's body through its query's three states: loading lines, the failure with a retry (the rest of the page
 * carries on), or the content. A refresh that fails keeps the last answer on screen.
 */
export function QuerySection<T>({ query, loadingLabel, errorTitle, children }: QuerySectionProps<T>) {
  if (query.isPending) return <SectionLoading label={loadingLabel} />;
  if (query.data === undefined) {
    return (
      <LoadProblem
        title={errorTitle}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  return <>{children(query.data)}</>;
}
