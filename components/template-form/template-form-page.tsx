'use client';

/**
 * /templates/new on the client: decides the form's first values — a clone (?from=<id or name>), a restored
 * draft, or a fresh form — then renders it.
 */
import Link from 'next/link';
import { useState } from 'react';
import { errorMessage } from '@/lib/client/api-error';
import { useTemplate } from '@/lib/client/templates';
import { useIsClient } from '@/lib/client/use-is-client';
import { snippetBaseUrl, type SnippetApi } from '@/lib/snippets/base-url';
import { loadTemplateDraft } from '@/lib/template-form/draft';
import { fromTemplate } from '@/lib/template-form/request';
import { emptyTemplateFormValues, type TemplateFormValues } from '@/lib/template-form/values';
import { Alert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import { NewTemplateHeader } from './new-template-header';
import { CreateTemplateForm } from './template-form';
import type { TemplateFormOrigin } from './template-form-notices';

export type CreateTemplatePageProps = {
  from?: string;
  api: SnippetApi;
};

function FormSkeleton({ label }: { label: string }) {
  return (
    <div aria-busy="true" aria-label={label} className="flex flex-col gap-6">
      <NewTemplateHeader actions={<Skeleton className="h-9 w-40" />} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_26rem] xl:grid-cols-[minmax(0,1fr)_28rem]">
        <div className="flex flex-col gap-6">
          <Skeleton className="h-48 w-full" />
          <Skeleton className="h-28 w-full" />
          <Skeleton className="h-56 w-full" />
        </div>
        <Skeleton className="h-96 w-full" />
      </div>
    </div>
  );
}

function freshStart(): { values: TemplateFormValues; origin: TemplateFormOrigin } {
  const draft = loadTemplateDraft(window.sessionStorage);
  if (draft) return { values: draft.values, origin: { kind: 'draft', savedAt: draft.savedAt } };
  return { values: emptyTemplateFormValues(), origin: { kind: 'fresh' } };
}

function FreshForm({ snippetBaseUrl }: { snippetBaseUrl: string }) {
  // Read once: later draft saves must not re-initialise the form.
  const [start] = useState(freshStart);
  return (
    <CreateTemplateForm initialValues={start.values} origin={start.origin} snippetBaseUrl={snippetBaseUrl} />
  );
}

function CloneForm({ from, snippetBaseUrl }: { from: string; snippetBaseUrl: string }) {
  const template = useTemplate(from);
  if (template.isPending) return <FormSkeleton label={`Loading ${from} to clone`} />;
  if (template.isError) {
    const gone =
      'status' in template.error && (template.error.status === 404 || template.error.status === 400);
    return (
      <div className="flex flex-col gap-6">
        <NewTemplateHeader />
        <Alert
          tone="danger"
          title={gone ? 'The template to clone was not found' : 'The template to clone could not be loaded'}
          action={
            <Link href="/templates/new" className={buttonClasses({ variant: 'secondary', size: 'sm' })}>
              Start from scratch
            </Link>
          }
        >
          {gone
            ? `No template has the id or name “${from}”. It may have been deleted.`
            : errorMessage(template.error)}
        </Alert>
      </div>
    );
  }
  const clone = fromTemplate(template.data);
  return (
    <CreateTemplateForm
      initialValues={clone.values}
      origin={{
        kind: 'clone',
        sourceId: template.data.id,
        sourceName: template.data.name,
        specKnown: clone.specKnown,
        skippedSteps: clone.skippedSteps,
      }}
      snippetBaseUrl={snippetBaseUrl}
    />
  );
}

export function CreateTemplatePage({ from, api }: CreateTemplatePageProps) {
  const isClient = useIsClient();
  if (!isClient) return <FormSkeleton label="Loading the form" />;
  const baseUrl = snippetBaseUrl(api, window.location.origin);
  return from ? <CloneForm from={from} snippetBaseUrl={baseUrl} /> : <FreshForm snippetBaseUrl={baseUrl} />;
}
