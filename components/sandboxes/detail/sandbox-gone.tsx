import { PagePanel } from '@/components/layout/page-panel';
import { BoxIcon } from '@/components/ui/icons';

/**
 * The sandbox this page showed has gone (deleted elsewhere, or its lifetime ended): said plainly, in place of
 * the page, rather than as an error. Its name stays so the reader knows which one.
 */
export function SandboxGone({ name, id }: { name: string; id: string }) {
  return (
    <PagePanel
      live
      icon={<BoxIcon />}
      title="This sandbox no longer exists"
      description={
        <>
          <p>
            <strong className="text-fg font-medium break-all">{name}</strong> was deleted, or its lifetime
            ended.
          </p>
          <code className="border-line bg-surface-muted text-fg-muted mt-3 inline-block rounded-md border px-2 py-1 font-mono text-xs break-all">
            {id}
          </code>
        </>
      }
    />
  );
}
