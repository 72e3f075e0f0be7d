import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ArrowLeftIcon, BoxIcon } from '@/components/ui/icons';

/** Shown for an id no sandbox has: malformed, never existed, deleted, or its lifetime ended. */
export function SandboxNotFound({ id }: { id?: string }) {
  return (
    <Card className="mx-auto mt-6 max-w-xl">
      <div className="flex flex-col items-center px-6 py-14 text-center">
        <div className="border-line bg-surface-muted text-fg-muted mb-4 flex size-11 items-center justify-center rounded-full border">
          <BoxIcon className="size-5" />
        </div>
        <p className="text-fg-subtle text-xs font-semibold tracking-wider uppercase">404</p>
        <h1 className="text-fg mt-1 text-xl font-semibold">Sandbox not found</h1>
        <p className="text-fg-muted mt-2 max-w-md text-sm">
          {id ? 'No sandbox has this id:' : 'There is no sandbox at this address.'}
        </p>
        {id ? (
          <code className="border-line bg-surface-muted text-fg mt-2 rounded-md border px-2 py-1 font-mono text-xs break-all">
            {id}
          </code>
        ) : null}
        <p className="text-fg-muted mt-2 max-w-md text-sm">
          It may have been deleted, or its lifetime may have ended.
        </p>
        <Link href="/sandboxes" className={buttonClasses({ variant: 'secondary', className: 'mt-6' })}>
          <ArrowLeftIcon />
          Back to sandboxes
        </Link>
      </div>
    </Card>
  );
}
