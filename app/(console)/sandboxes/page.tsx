import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { Suspense } from 'react';
import { SandboxesView } from '@/components/sandboxes/list/sandboxes-view';
import { SandboxesViewFallback } from '@/components/sandboxes/list/view-fallback';
import { parseListParams, type ListState } from '@/lib/list/filters';
import { pageQueryClient, prefetchSandboxList } from '@/lib/server/page-data';

export const metadata: Metadata = { title: 'Sandboxes' };

type SandboxesPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The rows are in the HTML: the server fetches the page the URL asks for (parsed with the browser's own
 * parseListParams, so filters, sort and paging agree) and hands it to the browser's query cache, which then
 * has nothing to fetch on load. The header and toolbar don't wait for it: they stream at once (the fallback),
 * and the rows follow when the upstream answers.
 */
export default async function SandboxesPage({ searchParams }: SandboxesPageProps) {
  const state = parseListParams(await searchParams);
  return (
    <Suspense fallback={<SandboxesViewFallback />}>
      <SandboxesWithRows state={state} />
    </Suspense>
  );
}

async function SandboxesWithRows({ state }: { state: ListState }) {
  const client = pageQueryClient();
  // Never throws: a failed read is left out, and the browser fetches it with its own loading and error states.
  await prefetchSandboxList(client, state);
  return (
    <HydrationBoundary state={dehydrate(client)}>
      <SandboxesView />
    </HydrationBoundary>
  );
}
