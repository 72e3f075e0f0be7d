import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { Suspense } from 'react';
import { OverviewView } from '@/components/overview/overview-view';
import { OverviewFallback } from '@/components/overview/overview-fallback';
import { pageQueryClient, prefetchOverview } from '@/lib/server/page-data';

export const metadata: Metadata = { title: 'Overview' };

/**
 * What is going on right now, in one screen. The counts, the sandboxes behind the cards and the templates are
 * fetched on the server (through the proxy's rules) and handed to the browser's query cache, so the first paint
 * carries the numbers; the header streams at once while they load.
 */
export default function OverviewPage() {
  return (
    <Suspense fallback={<OverviewFallback />}>
      <OverviewWithData />
    </Suspense>
  );
}

async function OverviewWithData() {
  const client = pageQueryClient();
  // Never throws: a failed read is left out, and that section fetches it in the browser with its own states.
  await prefetchOverview(client);
  return (
    <HydrationBoundary state={dehydrate(client)}>
      <OverviewView />
    </HydrationBoundary>
  );
}
