import { Spinner } from './spinner';
import { cn } from './cn';

/**
 * What stands in for a part of the page while its code loads on demand (next/dynamic's `loading`): a spinner
 * that says what is coming, in a box about the size of the real thing so the page doesn't jump when it lands.
 */
export function LazyPlaceholder({ label, className }: { label: string; className?: string }) {
  return (
    <div className={cn('text-fg-muted flex items-center justify-center gap-2 px-5 py-6 text-sm', className)}>
      <Spinner size="sm" label={label} />
    </div>
  );
}
