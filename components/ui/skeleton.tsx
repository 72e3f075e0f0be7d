import { cn } from './cn';

/** A grey placeholder block; hidden from screen readers (the loading state announces itself elsewhere). */
export function Skeleton({ className }: { className?: string }) {
  return (
    <span aria-hidden="true" className={cn('bg-surface-hover block animate-pulse rounded-md', className)} />
  );
}
