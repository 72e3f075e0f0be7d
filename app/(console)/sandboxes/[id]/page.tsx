import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { DetailSkeleton } from '@/components/sandboxes/detail/detail-skeleton';
import { SandboxDetail } from '@/components/sandboxes/detail/sandbox-detail';
import { isUuid } from '@/lib/contract/ids';
import { getPublicConfig, type PublicConfig } from '@/lib/server/config';
import { pageQueryClient, prefetchSandbox } from '@/lib/server/page-data';

export default async function SandboxPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // Sandbox ids are UUIDs: anything else can never exist, so answer 404 without asking the API.
  if (!isUuid(id)) notFound();
  // The public configuration is safe for the browser (never the key); the Connect snippets name its API URL.
  // The skeleton streams at once; the sandbox follows when the upstream answers.
  return (
    <Suspense fallback={<DetailSkeleton />}>
      <SandboxWithData id={id} api={getPublicConfig()} />
    </Suspense>
  );
}

/**
 * The sandbox is in the HTML: fetched on the server through the proxy's rules and handed to the browser's query
 * cache. A failed read (404 included) is left out, and the browser's own loading, not-found and error states
 * take over.
 */
async function SandboxWithData({ id, api }: { id: string; api: PublicConfig }) {
  const client = pageQueryClient();
  await prefetchSandbox(client, id);
  return (
    <HydrationBoundary state={dehydrate(client)}>
      <SandboxDetail id={id} api={api} />
    </HydrationBoundary>
  );
}
