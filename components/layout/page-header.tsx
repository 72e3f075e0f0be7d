import type { ReactNode } from 'react';

type PageHeaderProps = {
  title: ReactNode;
  description?: ReactNode;
  /** Buttons on the right (primary action last). */
  actions?: ReactNode;
  /** Above the title, e.g. a back link. */
  eyebrow?: ReactNode;
};

/** The top of every page: one h1, a line of context and the page's main actions. */
export function PageHeader({ title, description, actions, eyebrow }: PageHeaderProps) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div className="min-w-0">
        {eyebrow ? <div className="mb-2">{eyebrow}</div> : null}
        <h1 className="text-fg text-2xl font-semibold tracking-tight">{title}</h1>
        {description ? <div className="text-fg-muted mt-1 text-sm">{description}</div> : null}
      </div>
      {actions ? <div className="flex flex-wrap items-center gap-2">{actions}</div> : null}
    </div>
  );
}
