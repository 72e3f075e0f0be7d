import { cn } from '@/components/ui/cn';
import { AlertIcon } from '@/components/ui/icons';
import type { ActionFailure } from '@/lib/sandbox/actions';

type ActionErrorProps = {
  error: ActionFailure | undefined;
  id?: string;
  className?: string;
};

/**
 * An action's error, shown right next to the control that failed (never a toast). The live region is always
 * in the DOM, so the message is announced the moment it appears.
 */
export function ActionError({ error, id, className }: ActionErrorProps) {
  return (
    <div id={id} role="alert" data-testid="action-error" className={cn(!error && 'hidden')}>
      {error ? (
        <div
          className={cn(
            'border-danger-line bg-danger-soft rounded-control flex items-start gap-2 border px-3 py-2 text-sm',
            className,
          )}
        >
          <AlertIcon className="text-danger-text mt-0.5 size-4 shrink-0" />
          <div className="min-w-0">
            <p className="text-fg font-medium">{error.title}</p>
            <p className="text-fg-muted mt-0.5">{error.detail}</p>
          </div>
        </div>
      ) : null}
    </div>
  );
}
