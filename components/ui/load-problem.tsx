import { errorMessage } from '@/lib/client/api-error';
import { Alert } from './alert';
import { Button } from './button';

type LoadProblemProps = {
  /** "Couldn't load the builds". */
  title: string;
  error: unknown;
  onRetry: () => void;
  retrying?: boolean;
};

/** A card's content that failed to load: what failed, the reason, and "Try again" (in the card's padding). */
export function LoadProblem({ title, error, onRetry, retrying = false }: LoadProblemProps) {
  return (
    <div className="px-5 py-4">
      <Alert
        tone="warning"
        title={title}
        action={
          <Button variant="secondary" size="sm" onClick={onRetry} loading={retrying}>
            Try again
          </Button>
        }
      >
        {errorMessage(error)}
      </Alert>
    </div>
  );
}
