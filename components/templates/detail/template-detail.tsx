'use client';

import { PagePanel } from '@/components/layout/page-panel';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { AlertIcon } from '@/components/ui/icons';
import { Skeleton } from '@/components/ui/skeleton';
import { errorMessage, isApiError } from '@/lib/client/api-error';
import { useTemplate } from '@/lib/client/templates';
import { BuildFailure } from './build-failure';
import { TemplateBuilds } from './template-builds';
import { TemplateFacts } from './template-facts';
import { TemplateHeader } from './template-header';
import { TemplateNotFound } from './template-not-found';
import { TemplateSandboxes } from './template-sandboxes';

/** The page's shape while the template loads: in the browser, and as the server's streaming fallback. */
export function TemplateDetailSkeleton() {
  return (
    <div role="status" aria-label="Loading template" className="flex flex-col gap-6">
      <Skeleton className="h-8 w-64" />
      <Skeleton className="h-40 w-full" />
      <Skeleton className="h-64 w-full" />
    </div>
  );
}

/** /templates/[id]: header, why the last build failed (if it did), details, builds with the log, sandboxes. */
export function TemplateDetail({ id }: { id: string }) {
  const { data: template, error, isPending, isFetching, refetch } = useTemplate(id);
  const retry = () => void refetch();

  if (isPending) return <TemplateDetailSkeleton />;
  if (!template) {
    if (isApiError(error) && error.status === 404) return <TemplateNotFound id={id} />;
    return (
      <PagePanel
        icon={<AlertIcon />}
        title="Couldn't load this template"
        description={errorMessage(error)}
        backHref="/templates"
        backLabel="Back to templates"
        onRetry={retry}
        retrying={isFetching}
      />
    );
  }

  return (
    <>
      <title>{`${template.name} · Sandbox Console`}</title>
      <TemplateHeader template={template} />
      {error ? (
        <Alert
          tone="warning"
          className="mb-6"
          title="Couldn't refresh this template"
          action={
            <Button variant="secondary" size="sm" onClick={retry} loading={isFetching}>
              Try again
            </Button>
          }
        >
          {errorMessage(error)} Showing the last known state.
        </Alert>
      ) : null}
      {template.status === 'failed' ? (
        <BuildFailure message={template.error_message} className="mb-6" />
      ) : null}
      <div className="flex flex-col gap-6">
        <TemplateFacts template={template} />
        <TemplateBuilds template={template} />
        <TemplateSandboxes template={template} />
      </div>
    </>
  );
}
