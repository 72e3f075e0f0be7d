import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { cn } from './cn';

export function Card({ className, ...props }: ComponentPropsWithoutRef<'section'>) {
  return (
    <section className={cn('rounded-card border-line bg-surface shadow-card border', className)} {...props} />
  );
}

type CardHeaderProps = {
  title: ReactNode;
  description?: ReactNode;
  /** Buttons or links on the right. */
  actions?: ReactNode;
  /** The heading level that fits the page outline (h2 on a page whose title is h1). */
  as?: 'h2' | 'h3';
  id?: string;
  className?: string;
};

export function CardHeader({
  title,
  description,
  actions,
  as: Heading = 'h2',
  id,
  className,
}: CardHeaderProps) {
  return (
    <header
      className={cn(
        'border-line flex flex-wrap items-start justify-between gap-3 border-b px-5 py-4',
        className,
      )}
    >
      <div className="min-w-0">
        <Heading id={id} className="text-fg text-sm font-semibold">
          {title}
        </Heading>
        {description ? <p className="text-fg-muted mt-0.5 text-sm">{description}</p> : null}
      </div>
      {actions ? <div className="flex shrink-0 items-center gap-2">{actions}</div> : null}
    </header>
  );
}

export function CardBody({ className, ...props }: ComponentPropsWithoutRef<'div'>) {
  return <div className={cn('px-5 py-4', className)} {...props} />;
}
