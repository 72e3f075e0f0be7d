import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ArrowLeftIcon, BoxIcon } from '@/components/ui/icons';

/**
 * The sandbox this page showed has gone (deleted elsewhere, or its lifetime ended): said plainly, in place of
 * the page, rather than as an error. Its name stays so the reader knows which one.
 */
export function SandboxGone({ name, id }: { name: string; id: string }) {
  return (
    <Card className="mx-auto mt-6 max-w-xl">
      <div aria-live="polite" className="flex flex-col items-center px-6 py-14 text-center">
        <div className="border-line bg-surface-muted text-fg-muted mb-4 flex size-11 items-center justify-center rounded-full border">
          <BoxIcon className="size-5" />
        </div>
        <h1 className="text-fg text-xl font-semibold">This sandbox no longer exists</h1>
        <p className="text-fg-muted mt-2 max-w-md text-sm">
          <strong className="text-fg font-medium break-all">{name}</strong> was deleted, or its lifetime
          ended.
        </p>
        <code className="border-line bg-surface-muted text-fg-muted mt-3 rounded-md border px-2 py-1 font-mono text-xs break-all">
          {id}
        </code>
        <Link href="/sandboxes" className={buttonClasses({ variant: 'secondary', className: 'mt-6' })}>
          <ArrowLeftIcon />
          Back to sandboxes
        </Link>
      </div>
    </Card>
  );
}
