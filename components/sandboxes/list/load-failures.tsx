'use client';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { AlertIcon, RefreshIcon } from '@/components/ui/icons';
import { errorMessage } from '@/lib/client/api-error';

type LoadFailureProps = {
  /** What the list holds, plural: "sandboxes", "templates". */
  what: string;
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
};

/** A refresh failed but an earlier answer is on screen: say so above the list, and keep the rows. */
export function RefreshFailedAlert({ what, error, onRetry, retrying }: LoadFailureProps) {
  return (
    <Alert
      tone="warning"
      className="mb-4"
      title="Couldn't refresh the list"
      action={
        <Button variant="secondary" size="sm" onClick={onRetry} loading={retrying}>
          Try again
        </Button>
      }
    >
      {errorMessage(error)} Showing the {what} from the last successful load.
    </Alert>
  );
}

/** The first load failed: nothing to show but why, and a way to try again. */
export function LoadFailed({ what, error, onRetry, retrying }: LoadFailureProps) {
  return (
    <EmptyState
      icon={<AlertIcon />}
      title={`Couldn't load ${what}`}
      description={errorMessage(error)}
      action={
        <Button variant="secondary" onClick={onRetry} loading={retrying}>
          <RefreshIcon />
          Try again
        </Button>
      }
    />
  );
}
