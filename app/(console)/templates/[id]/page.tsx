import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import { Suspense } from 'react';
import { TemplateDetail, TemplateDetailSkeleton } from '@/components/templates/detail/template-detail';
import { pageQueryClient, prefetchTemplate } from '@/lib/server/page-data';

/** The segment as the API knows it; a malformed escape is passed on as it came (the API answers 404). */
function segment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export default async function TemplatePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // An id or a name reaches the API (it accepts either); one that matches nothing is answered 404, shown as such.
  // The skeleton streams at once; the template follows when the upstream answers.
  return (
    <Suspense fallback={<TemplateDetailSkeleton />}>
      <TemplateWithData id={segment(id)} />
    </Suspense>
  );
}

/**
 * The template and its builds are in the HTML, fetched on the server through the proxy's rules and handed to the
 * browser's query cache (as on /sandboxes/[id]). A failed read is left out: the browser's own states take over.
 */
async function TemplateWithData({ id }: { id: string }) {
  const client = pageQueryClient();
  await prefetchTemplate(client, id);
  return (
    <HydrationBoundary state={dehydrate(client)}>
      <TemplateDetail id={id} />
    </HydrationBoundary>
  );
}
