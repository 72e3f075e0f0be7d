import Link from 'next/link';
import type { ReactNode } from 'react';
import { Button, buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { ArrowLeftIcon, RefreshIcon } from '@/components/ui/icons';

type PagePanelProps = {
  icon?: ReactNode;
  /** A small line above the heading, e.g. "404". */
  eyebrow?: string;
  /** The page's h1. */
  title: ReactNode;
  description?: ReactNode;
  /** The way out: a link to a list, the sandboxes' unless told otherwise. */
  backLabel?: string;
  backHref?: string;
  /** A failure worth retrying: "Try again" becomes the main action, the way out a quiet link beside it. */
  onRetry?: () => void;
  retrying?: boolean;
  /** Announce the panel politely when it replaces a page the reader was on (the sandbox went away). */
  live?: boolean;
};

/**
 * A whole page that has nothing to show: not found, no longer exists, or failed. One centred card whose heading
 * is the page's h1, with one way back to the list (and a retry when trying again can help).
 */
export function PagePanel({
  icon,
  eyebrow,
  title,
  description,
  backLabel = 'Back to sandboxes',
  backHref = '/sandboxes',
  onRetry,
  retrying = false,
  live = false,
}: PagePanelProps) {
  const back = onRetry ? (
    <Link href={backHref} className={buttonClasses({ variant: 'ghost' })}>
      {backLabel}
    </Link>
  ) : (
    <Link href={backHref} className={buttonClasses({ variant: 'secondary' })}>
      <ArrowLeftIcon />
      {backLabel}
    </Link>
  );
  return (
    <Card className="mx-auto mt-6 max-w-xl" aria-live={live ? 'polite' : undefined}>
      <EmptyState
        as="h1"
        icon={icon}
        eyebrow={eyebrow}
        title={title}
        description={description}
        action={
          <>
            {back}
            {onRetry ? (
              <Button variant="secondary" onClick={onRetry} loading={retrying}>
                <RefreshIcon />
                Try again
              </Button>
            ) : null}
          </>
        }
      />
    </Card>
  );
}
