import { PagePanel } from '@/components/layout/page-panel';
import { BoxIcon } from '@/components/ui/icons';

/** Shown for an id no template has: never existed, deleted, or another team's. */
export function TemplateNotFound({ id }: { id?: string }) {
  return (
    <PagePanel
      icon={<BoxIcon />}
      eyebrow="404"
      title="Template not found"
      backHref="/templates"
      backLabel="Back to templates"
      description={
        <>
          <p>{id ? 'No template has this id:' : 'There is no template at this address.'}</p>
          {id ? (
            <code className="border-line bg-surface-muted text-fg mt-2 inline-block rounded-md border px-2 py-1 font-mono text-xs break-all">
              {id}
            </code>
          ) : null}
          <p className="mt-2">It may have been deleted.</p>
        </>
      }
    />
  );
}
