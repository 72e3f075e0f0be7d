import type { ReactNode } from 'react';
import { cn } from './cn';

type EmptyStateProps = {
  icon?: ReactNode;
  title: ReactNode;
  description?: ReactNode;
  action?: ReactNode;
  /** Heading level that fits where it sits in the page outline. */
  as?: 'h1' | 'h2' | 'h3';
  className?: string;
};

/** A centred "nothing here (yet)" or "that failed" panel with one clear next step. */
export function EmptyState({
  icon,
  title,
  description,
  action,
  as: Heading = 'h2',
  className,
}: EmptyStateProps) {
  return (
    <div className={cn('flex flex-col items-center px-6 py-14 text-center', className)}>
      {icon ? (
        <div className="border-line bg-surface-muted text-fg-muted mb-4 flex size-11 items-center justify-center rounded-full border [&_svg]:size-5">
          {icon}
        </div>
      ) : null}
      <Heading className="text-fg text-base font-semibold">{title}</Heading>
      {description ? <div className="text-fg-muted mt-1.5 max-w-md text-sm">{description}</div> : null}
      {action ? <div className="mt-5 flex flex-wrap justify-center gap-2">{action}</div> : null}
    </div>
  );
}
