import type { Metadata } from 'next';
import { PageMain } from '@/components/layout/page-main';
import { PagePanel } from '@/components/layout/page-panel';

export const metadata: Metadata = { title: 'Page not found' };

/** Outside any section, so it brings its own main landmark (the dashboard's header needs a session). */
export default function NotFound() {
  return (
    <PageMain>
      <PagePanel
        eyebrow="404"
        title="Page not found"
        description="There is nothing at this address. Check the link, or start from the list of sandboxes."
        backLabel="Go to sandboxes"
      />
    </PageMain>
  );
}
