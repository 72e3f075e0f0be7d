import { Alert } from '@/components/ui/alert';
import { explainBuildFailure } from '@/lib/templates/failure';

/**
 * Why the last build failed: the stable code explained in words (lib/templates/failure), then the API's own
 * message, word for word.
 */
export function BuildFailure({
  message,
  className,
}: {
  message: string | null | undefined;
  className?: string;
}) {
  const failure = explainBuildFailure(message);
  return (
    <Alert tone="danger" title={failure.title} className={className}>
      <p>{failure.explanation}</p>
      {failure.detail || failure.code ? (
        <p className="mt-2">
          <span className="sr-only">The API said: </span>
          <code data-testid="failure-message" className="font-mono text-xs break-all">
            {message}
          </code>
        </p>
      ) : null}
    </Alert>
  );
}
