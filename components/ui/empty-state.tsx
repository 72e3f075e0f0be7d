import type { ReactNode } from 'react';
import { cn } from './cn';

type EmptyStateProps = {
  icon?: ReactNode;
  /** A small line above the title, e.g. "404". */
  eyebrow?: ReactNode;
  title: ReactNode;
  description?: ReactNode;
  action?: ReactNode;
  /** Heading level that fits where it sits in the page outline; an h1 (a whole page) is set larger. */
  as?: 'h1' | 'h2' | 'h3';
  className?: string;
};

/** A centred "nothing here (yet)" or "that failed" panel with one clear next step. */
export function EmptyState({
  icon,
  eyebrow,
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
      {eyebrow ? (
        <p className="text-fg-subtle mb-1 text-xs font-semibold tracking-wider uppercase">{eyebrow}</p>
      ) : null}
      <Heading className={cn('text-fg font-semibold', Heading === 'h1' ? 'text-xl' : 'text-base')}>
        {title}
      </Heading>
      {description ? <div className="text-fg-muted mt-1.5 max-w-md text-sm">{description}</div> : null}
      {action ? <div className="mt-5 flex flex-wrap justify-center gap-2">{action}</div> : null}
    </div>
  );
}
