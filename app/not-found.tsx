import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ArrowLeftIcon } from '@/components/ui/icons';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <Card className="mx-auto mt-6 max-w-xl">
      <div className="flex flex-col items-center px-6 py-14 text-center">
        <p className="text-fg-subtle text-xs font-semibold tracking-wider uppercase">404</p>
        <h1 className="text-fg mt-1 text-xl font-semibold">Page not found</h1>
        <p className="text-fg-muted mt-2 max-w-md text-sm">
          There is nothing at this address. Check the link, or start from the list of sandboxes.
        </p>
        <Link href="/sandboxes" className={buttonClasses({ variant: 'secondary', className: 'mt-6' })}>
          <ArrowLeftIcon />
          Go to sandboxes
        </Link>
      </div>
    </Card>
  );
}
