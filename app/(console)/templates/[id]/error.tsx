'use client';

import { PagePanel } from '@/components/layout/page-panel';
import { AlertIcon } from '@/components/ui/icons';

/** Last line of defence for an unexpected failure while rendering a template (API errors are handled in the page). */
export default function TemplateError({
  error,
  retry,
}: {
  error: Error & { digest?: string };
  retry: () => void;
}) {
  return (
    <PagePanel
      icon={<AlertIcon />}
      title="Something went wrong showing this template"
      backHref="/templates"
      backLabel="Back to templates"
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
