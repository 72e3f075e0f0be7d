import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { SandboxTableSkeleton } from './sandbox-table';

/** What the server sends before the browser has read the URL's filters: the page's frame and grey rows. */
export function SandboxesViewFallback() {
  return (
    <>
      <PageHeader title="Sandboxes" description="Isolated Firecracker microVMs for running code." />
      <Card className="overflow-hidden">
        <p role="status" className="sr-only">
          Loading sandboxes…
        </p>
        <SandboxTableSkeleton />
      </Card>
    </>
  );
}
