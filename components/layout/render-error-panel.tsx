'use client';

import { PagePanel } from '@/components/layout/page-panel';
import { AlertIcon } from '@/components/ui/icons';

type Props = {
  /** What the page shows, as in "Something went wrong showing this sandbox". */
  what: string;
  error: Error & { digest?: string };
  retry: () => void;
  backHref?: string;
  backLabel?: string;
};

/**
 * The last line of defence of a page's error boundary (error.tsx): an unexpected failure while rendering, since the
 * API's own errors are handled inside the pages. The digest lets a report be matched with the server's log.
 */
export function RenderErrorPanel({ what, error, retry, backHref, backLabel }: Props) {
  return (
    <PagePanel
      icon={<AlertIcon />}
      title={`Something went wrong showing ${what}`}
      backHref={backHref}
      backLabel={backLabel}
      description={
        <>
          The page hit an unexpected error. Trying again usually helps.
          {error.digest ? (
            <span className="mt-2 block font-mono text-xs">Reference: {error.digest}</span>
          ) : null}
        </>
      }
      onRetry={() => retry()}
    />
  );
}
