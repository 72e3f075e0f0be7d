import { cn } from '@/components/ui/cn';
import { AlertIcon } from '@/components/ui/icons';

/**
 * Why an action on a user can't be taken or failed, right next to its button (never a toast). The live region
 * is always in the DOM so the message is announced the moment it appears.
 */
export function ActionFailure({
  title,
  message,
  className,
}: {
  title: string;
  message?: string;
  className?: string;
}) {
  return (
    <div role="alert" data-testid="user-action-error" className={cn(!message && 'hidden')}>
      {message ? (
        <div
          className={cn(
            'border-danger-line bg-danger-soft rounded-control flex items-start gap-2 border px-3 py-2 text-sm',
            className,
          )}
        >
          <AlertIcon className="text-danger-text mt-0.5 size-4 shrink-0" />
          <div className="min-w-0">
            <p className="text-fg font-medium">{title}</p>
            <p className="text-fg-muted mt-0.5">{message}</p>
          </div>
        </div>
      ) : null}
    </div>
  );
}
