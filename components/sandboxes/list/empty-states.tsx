import Link from 'next/link';
import { Button, buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { BoxIcon, PlusIcon } from '@/components/ui/icons';

/** Nothing exists yet: the way forward is creating one. */
export function NoSandboxesYet() {
  return (
    <EmptyState
      icon={<BoxIcon />}
      title="No sandboxes yet"
      description="A sandbox is an isolated microVM with its own filesystem, network rules and environment. Create one to run code in it."
      action={
        <Link href="/sandboxes/new" className={buttonClasses()}>
          <PlusIcon />
          New sandbox
        </Link>
      }
    />
  );
}

/** Sandboxes exist, the filters hide them all: the way forward is loosening the filters. */
export function NothingMatches({ onClear }: { onClear: () => void }) {
  return (
    <EmptyState
      icon={
        <svg viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth={1.6} aria-hidden="true">
          <circle cx="9" cy="9" r="5.5" />
          <path d="m13 13 3.5 3.5M7 9h4" strokeLinecap="round" />
        </svg>
      }
      title="Nothing matches"
      description="No sandbox matches these filters. Remove a filter or clear them all."
      action={
        <Button variant="secondary" onClick={onClear}>
          Clear filters
        </Button>
      }
    />
  );
}
