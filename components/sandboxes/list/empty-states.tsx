import Link from 'next/link';
import { Button, buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { BoxIcon, PlusIcon } from '@/components/ui/icons';

const WHAT_A_SANDBOX_IS =
  'A sandbox is an isolated microVM with its own filesystem, network rules and environment.';

/**
 * Nothing exists yet: the way forward is creating one. A role that can't create is told who can instead of being
 * offered a form it can't send.
 */
export function NoSandboxesYet({ canCreate }: { canCreate: boolean }) {
  return (
    <EmptyState
      icon={<BoxIcon />}
      title="No sandboxes yet"
      description={
        canCreate
          ? `${WHAT_A_SANDBOX_IS} Create one to run code in it.`
          : `${WHAT_A_SANDBOX_IS} They appear here once an operator creates one.`
      }
      action={
        canCreate ? (
          <Link href="/sandboxes/new" className={buttonClasses()}>
            <PlusIcon />
            New sandbox
          </Link>
        ) : undefined
      }
    />
  );
}

/** Sandboxes exist, the filters hide them all: the way forward is loosening the filters. */
export function NothingMatches({
  onClear,
  description = 'No sandbox matches these filters. Remove a filter or clear them all.',
}: {
  onClear: () => void;
  /** What is hidden; the templates list says "No template matches…". */
  description?: string;
}) {
  return (
    <EmptyState
      icon={
        <svg viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth={1.6} aria-hidden="true">
          <circle cx="9" cy="9" r="5.5" />
          <path d="m13 13 3.5 3.5M7 9h4" strokeLinecap="round" />
        </svg>
      }
      title="Nothing matches"
      description={description}
      action={
        <Button variant="secondary" onClick={onClear}>
          Clear filters
        </Button>
      }
    />
  );
}
