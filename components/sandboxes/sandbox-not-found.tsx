import { PagePanel } from '@/components/layout/page-panel';
import { BoxIcon } from '@/components/ui/icons';

/** Shown for an id no sandbox has: malformed, never existed, deleted, or its lifetime ended. */
export function SandboxNotFound({ id }: { id?: string }) {
  return (
    <PagePanel
      icon={<BoxIcon />}
      eyebrow="404"
      title="Sandbox not found"
      description={
        <>
          <p>{id ? 'No sandbox has this id:' : 'There is no sandbox at this address.'}</p>
          {id ? (
            <code className="border-line bg-surface-muted text-fg mt-2 inline-block rounded-md border px-2 py-1 font-mono text-xs break-all">
              {id}
            </code>
          ) : null}
          <p className="mt-2">It may have been deleted, or its lifetime may have ended.</p>
        </>
      }
    />
  );
}
