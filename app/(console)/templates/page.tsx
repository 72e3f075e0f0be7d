import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { Suspense } from 'react';
import { TemplatesView } from '@/components/templates/list/templates-view';
import { TemplatesViewFallback } from '@/components/templates/list/view-fallback';
import { pageQueryClient, prefetchTemplateList } from '@/lib/server/page-data';
import { parseTemplateListParams, type TemplateListState } from '@/lib/templates/list-state';

export const metadata: Metadata = { title: 'Templates' };

type TemplatesPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * `/templates`: every template the team can use. Any signed-in role may read it (template.read is the viewer's).
 * The rows are in the HTML: the server reads what the URL asks for through the proxy's rules (as /sandboxes
 * does) and hands it to the browser's query cache; the header and toolbar stream first, the rows follow.
 */
export default async function TemplatesPage({ searchParams }: TemplatesPageProps) {
  const state = parseTemplateListParams(toSearchParams(await searchParams));
  return (
    <Suspense fallback={<TemplatesViewFallback />}>
      <TemplatesWithRows state={state} />
    </Suspense>
  );
}

/** Next's parsed query back as URLSearchParams (a repeated key keeps its first value, as `get` would). */
function toSearchParams(raw: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) params.set(key, first);
  }
  return params;
}

async function TemplatesWithRows({ state }: { state: TemplateListState }) {
  const client = pageQueryClient();
  // Never throws: a failed read is left out, and the browser fetches it with its own loading and error states.
  await prefetchTemplateList(client, state);
  return (
    <HydrationBoundary state={dehydrate(client)}>
      <TemplatesView />
    </HydrationBoundary>
  );
}
