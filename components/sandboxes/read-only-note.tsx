import { cn } from '@/components/ui/cn';
import { LockIcon } from '@/components/ui/icons';

/**
 * Why a control is missing: the role's limit in the server's own words ("Viewers can't run commands in
 * sandboxes. Ask an admin for the operator role."). Used where a gap would leave the reader guessing.
 */
export function ReadOnlyNote({ reason, id, className }: { reason: string; id?: string; className?: string }) {
  return (
    <p
      id={id}
      data-testid="read-only-note"
      className={cn(
        'border-line bg-surface-muted text-fg-muted rounded-control flex items-start gap-2 border px-3 py-2 text-sm',
        className,
      )}
    >
      <LockIcon className="text-fg-subtle mt-0.5 size-4 shrink-0" />
      <span>{reason}</span>
    </p>
  );
}
