import { PageHeader } from '@/components/layout/page-header';
import { Card } from '@/components/ui/card';
import { TemplateTableSkeleton } from './template-table';

/** The page's one-line description, also shown (with the count) once the rows are in. */
export const TEMPLATES_DESCRIPTION = 'The images sandboxes start from: system templates and your team’s own.';

/** What the server sends before the browser has read the URL's filters: the page's frame and grey rows. */
export function TemplatesViewFallback() {
  return (
    <>
      <PageHeader title="Templates" description={TEMPLATES_DESCRIPTION} />
      <Card className="overflow-hidden">
        <p role="status" className="sr-only">
          Loading templates…
        </p>
        <TemplateTableSkeleton />
      </Card>
    </>
  );
}
