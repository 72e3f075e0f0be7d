import type { Metadata } from 'next';
import { Suspense } from 'react';
import { SandboxesView } from '@/components/sandboxes/sandboxes-view';
import { SandboxesViewFallback } from '@/components/sandboxes/list/view-fallback';

export const metadata: Metadata = { title: 'Sandboxes' };

/**
 * Static shell: the view reads its filters from the URL in the browser (useSearchParams), and its rows come from
 * the client-side query anyway, so the server only sends the frame.
 */
export default function SandboxesPage() {
  return (
    <Suspense fallback={<SandboxesViewFallback />}>
      <SandboxesView />
    </Suspense>
  );
}
