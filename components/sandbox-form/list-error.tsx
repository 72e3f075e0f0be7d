import { cn } from '@/components/ui/cn';

/**
 * A whole-list problem (too many keys, total size). It has no input to focus, so it is focusable itself and
 * marked for the submit's "focus the first problem"; always in the DOM so screen readers hear it appear.
 */
export function ListError({ message }: { message: string | undefined }) {
  return (
    <p
      aria-live="polite"
      data-invalid-root={message ? true : undefined}
      tabIndex={message ? -1 : undefined}
      className={cn('text-danger-text text-xs font-medium outline-none', !message && 'sr-only')}
    >
      {message}
    </p>
  );
}
