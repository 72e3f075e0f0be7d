import type { ReactNode } from 'react';
import { cn } from './cn';

/** One labelled value of a details strip (a `<dt>`/`<dd>` pair inside the strip's `<dl>`). */
export function Fact({
  label,
  children,
  className,
}: {
  label: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={cn('min-w-0 px-5 py-3.5', className)}>
      <dt className="text-fg-subtle text-xs font-medium">{label}</dt>
      <dd className="text-fg mt-1 text-sm">{children}</dd>
    </div>
  );
}
