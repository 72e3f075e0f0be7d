import type { Metadata } from 'next';
import { Suspense } from 'react';
import { TemplatesView } from '@/components/templates/list/templates-view';
import { TemplatesViewFallback } from '@/components/templates/list/view-fallback';

export const metadata: Metadata = { title: 'Templates' };

/**
 * `/templates`: every template the team can use. Any signed-in role may read it (template.read is the viewer's);
 * the rows come from the browser's queries through the /api proxy, like every other call.
 */
export default function TemplatesPage() {
  return (
    <Suspense fallback={<TemplatesViewFallback />}>
      <TemplatesView />
    </Suspense>
  );
}
