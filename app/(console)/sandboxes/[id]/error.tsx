'use client';

import Link from 'next/link';
import { Button, buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { AlertIcon, RefreshIcon } from '@/components/ui/icons';

/** Last line of defence for an unexpected failure while rendering a sandbox (API errors are handled in the page). */
export default function SandboxError({
  error,
  retry,
}: {
  error: Error & { digest?: string };
  retry: () => void;
}) {
  return (
    <Card className="mx-auto mt-6 max-w-xl">
      <EmptyState
        as="h1"
        icon={<AlertIcon />}
        title="Something went wrong showing this sandbox"
        description={
          <>
            The page hit an unexpected error. Trying again usually helps.
            {error.digest ? (
              <span className="mt-2 block font-mono text-xs">Reference: {error.digest}</span>
            ) : null}
          </>
        }
        action={
          <>
            <Link href="/sandboxes" className={buttonClasses({ variant: 'ghost' })}>
              Back to sandboxes
            </Link>
            <Button variant="secondary" onClick={() => retry()}>
              <RefreshIcon />
              Try again
            </Button>
          </>
        }
      />
    </Card>
  );
}
