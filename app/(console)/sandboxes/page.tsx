import type { Metadata } from 'next';
import { Suspense } from 'react';
import { preload } from 'react-dom';
import { SandboxesView } from '@/components/sandboxes/list/sandboxes-view';
import { SandboxesViewFallback } from '@/components/sandboxes/list/view-fallback';
import { allSandboxesParams, sandboxListUrl } from '@/lib/client/list-url';
import { parseListParams, toApiParams } from '@/lib/list/filters';

export const metadata: Metadata = { title: 'Sandboxes' };

type SandboxesPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The rows come from the browser's query (through the /api proxy, like every other call), but the request for
 * them starts from the HTML: a preload of the exact URL the query will fetch, so the answer is on its way while
 * the page's JavaScript loads and hydrates, instead of only after.
 */
export default async function SandboxesPage({ searchParams }: SandboxesPageProps) {
  const state = parseListParams(await searchParams);
  const params = toApiParams(state);
  // Filtered by template, the browser fetches every sandbox (the API has no such filter): its first page.
  const first = state.template !== '' ? allSandboxesParams(params.metadata, 0) : params;
  preload(sandboxListUrl(first), {
    as: 'fetch',
    crossOrigin: 'anonymous',
  });
  return (
    <Suspense fallback={<SandboxesViewFallback />}>
      <SandboxesView />
    </Suspense>
  );
}
