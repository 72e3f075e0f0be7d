'use client';

/**
 * /sandboxes/new on the client: decides the form's first values — a clone (?from=<id>), a preselected
 * template (?template=<name>), a restored draft, or a fresh form with a suggested name — then renders it.
 */
import Link from 'next/link';
import { useState } from 'react';
import { errorMessage } from '@/lib/client/api-error';
import { useSandbox } from '@/lib/client/sandboxes';
import { useTemplates } from '@/lib/client/templates';
import { loadDraft } from '@/lib/sandbox-form/draft';
import { suggestName } from '@/lib/sandbox-form/name';
import { fromSandbox } from '@/lib/sandbox-form/request';
import { templateOf } from '@/lib/sandbox/template-ref';
import { snippetBaseUrl, type SnippetApi } from '@/lib/snippets/base-url';
import { emptyFormValues, type SandboxFormValues } from '@/lib/sandbox-form/values';
import { Alert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import { NewSandboxHeader } from './new-sandbox-header';
import { CreateSandboxForm } from './sandbox-form';
import type { FormOrigin } from './form-notices';
import { useIsClient } from '@/lib/client/use-is-client';

export type CreateSandboxPageProps = {
  from?: string;
  template?: string;
  /** Local mode: snippets default to this dashboard's /emulator; remote: to the real API's URL. */
  api: SnippetApi;
};

function FormSkeleton() {
  return (
    <div aria-busy="true" className="flex flex-col gap-6">
      <NewSandboxHeader actions={<Skeleton className="h-9 w-32" />} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_26rem] xl:grid-cols-[minmax(0,1fr)_28rem]">
        <div className="flex flex-col gap-6">
          <Skeleton className="h-56 w-full" />
          <Skeleton className="h-40 w-full" />
          <Skeleton className="h-40 w-full" />
        </div>
        <Skeleton className="h-96 w-full" />
      </div>
    </div>
  );
}

function freshStart(template: string | undefined): { values: SandboxFormValues; origin: FormOrigin } {
  const draft = template ? undefined : loadDraft(window.sessionStorage);
  if (draft) {
    return {
      values: draft.values,
      origin: { kind: 'draft', savedAt: draft.savedAt, droppedEnvVars: draft.droppedEnvVars },
    };
  }
  const values = emptyFormValues(suggestName());
  return { values: template ? { ...values, template } : values, origin: { kind: 'fresh' } };
}

function FreshForm({ template, snippetBaseUrl }: { template?: string; snippetBaseUrl: string }) {
  // Read once: later draft saves must not re-initialise the form.
  const [start] = useState(() => freshStart(template));
  return (
    <CreateSandboxForm initialValues={start.values} origin={start.origin} snippetBaseUrl={snippetBaseUrl} />
  );
}

function CloneForm({ from, snippetBaseUrl }: { from: string; snippetBaseUrl: string }) {
  const sandbox = useSandbox(from);
  // Waited for so a template id can be shown by name; if the list fails, the id is used as it is.
  const templates = useTemplates();
  if (sandbox.isPending || templates.isPending) return <FormSkeleton />;
  if (sandbox.isError) {
    const gone = 'status' in sandbox.error && (sandbox.error.status === 404 || sandbox.error.status === 400);
    return (
      <Alert
        tone="danger"
        title={gone ? 'The sandbox to clone was not found' : 'The sandbox to clone could not be loaded'}
        action={
          <Link href="/sandboxes/new" className={buttonClasses({ variant: 'secondary', size: 'sm' })}>
            Start from scratch
          </Link>
        }
      >
        {gone ? 'It may have been deleted, or its lifetime ended.' : errorMessage(sandbox.error)}
      </Alert>
    );
  }
  return (
    <CreateSandboxForm
      initialValues={fromSandbox(sandbox.data, templates.data)}
      origin={{
        kind: 'clone',
        sourceId: sandbox.data.id,
        sourceName: sandbox.data.name,
        templateKnown: templateOf(sandbox.data) !== undefined,
      }}
      snippetBaseUrl={snippetBaseUrl}
    />
  );
}

export function CreateSandboxPage({ from, template, api }: CreateSandboxPageProps) {
  const isClient = useIsClient();
  if (!isClient) return <FormSkeleton />;
  const baseUrl = snippetBaseUrl(api, window.location.origin);
  return from ? (
    <CloneForm from={from} snippetBaseUrl={baseUrl} />
  ) : (
    <FreshForm template={template} snippetBaseUrl={baseUrl} />
  );
}
