import type { Metadata } from 'next';
import { PagePanel } from '@/components/layout/page-panel';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <PagePanel
      eyebrow="404"
      title="Page not found"
      description="There is nothing at this address. Check the link, or start from the list of sandboxes."
      backLabel="Go to sandboxes"
    />
  );
}
