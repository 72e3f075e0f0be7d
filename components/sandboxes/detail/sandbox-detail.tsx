'use client';

import dynamic from 'next/dynamic';
import { PagePanel } from '@/components/layout/page-panel';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { AlertIcon } from '@/components/ui/icons';
import { LazyPlaceholder } from '@/components/ui/lazy-placeholder';
import { errorMessage } from '@/lib/client/api-error';
import { useRememberSandboxVisit } from '@/lib/client/recent-sandboxes';
import { useIsClient } from '@/lib/client/use-is-client';
import { snippetBaseUrl, type SnippetApi } from '@/lib/snippets/base-url';
import { ActivityCard } from './activity-card';
import { SandboxGone } from './sandbox-gone';
import { isMissing, useFreshSandbox } from './use-fresh-sandbox';
import { DetailSkeleton } from './detail-skeleton';
import { SandboxHeader } from './sandbox-header';
import { SandboxMetadata } from './sandbox-metadata';
import { SandboxNetwork } from './sandbox-network';
import { SandboxNotFound } from '../sandbox-not-found';
import { SandboxOverview } from './sandbox-overview';

// The console and the Connect snippets sit below the fold and are used on some visits only: their code loads
// after the header and facts have painted, each behind a placeholder of about its height.
const ExecConsole = dynamic(() => import('./exec-console').then((m) => m.ExecConsole), {
  loading: () => (
    <LazyPlaceholder label="Loading the console…" className="border-line rounded-card min-h-48 border" />
  ),
});
const ConnectCard = dynamic(() => import('./connect-card').then((m) => m.ConnectCard), {
  loading: () => (
    <LazyPlaceholder
      label="Loading the Connect snippets…"
      className="border-line rounded-card min-h-48 border"
    />
  ),
});

export type SandboxDetailProps = {
  id: string;
  /** For the Connect snippets: local mode points them at this dashboard's /emulator, remote at the API's URL. */
  api: SnippetApi;
};

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

/** /sandboxes/[id]: header and facts, the console, metadata beside network, Connect, then its Activity. */
export function SandboxDetail({ id, api }: SandboxDetailProps) {
  const { data: sandbox, error, isPending, isFetching, refetch, gone } = useFreshSandbox(id);
  // The server renders the sandbox too (its data is prefetched), but only the browser knows its own origin.
  const isClient = useIsClient();
  // The command palette offers recently visited sandboxes first; one found gone is forgotten.
  useRememberSandboxVisit(id, gone ? undefined : sandbox?.name, gone || (!sandbox && isMissing(error)));
  const retry = () => void refetch();

  if (isPending) return <DetailSkeleton />;
  if (!sandbox) {
    if (isMissing(error)) return <SandboxNotFound id={id} />;
    return (
      <PagePanel
        icon={<AlertIcon />}
        title="Couldn't load this sandbox"
        description={errorMessage(error)}
        onRetry={retry}
        retrying={isFetching}
      />
    );
  }
  if (gone) {
    return (
      <>
        <title>{`${sandbox.name} no longer exists · Sandbox Console`}</title>
        <SandboxGone name={sandbox.name} id={sandbox.id} />
      </>
    );
  }

  // The origin is the browser's: '' during the server render and hydration (so both agree), the real one after.
  const baseUrl = snippetBaseUrl(api, isClient ? window.location.origin : '');

  return (
    <>
      <title>{`${sandbox.name} · Sandbox Console`}</title>
      <SandboxHeader sandbox={sandbox} />
      {error ? <RefreshProblem error={error} onRetry={retry} retrying={isFetching} /> : null}
      <SandboxOverview sandbox={sandbox} />
      <div className="flex flex-col gap-6">
        <ExecConsole sandboxId={sandbox.id} status={sandbox.status} />
        <div className="grid items-start gap-6 lg:grid-cols-2">
          <SandboxMetadata sandbox={sandbox} />
          <SandboxNetwork sandbox={sandbox} />
        </div>
        <ConnectCard sandboxId={sandbox.id} baseUrl={baseUrl} local={api.mode === 'local'} />
        <ActivityCard sandboxId={sandbox.id} status={sandbox.status} />
      </div>
    </>
  );
}
