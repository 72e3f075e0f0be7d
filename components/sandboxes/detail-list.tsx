import type { ReactNode } from 'react';
import { cn } from '@/components/ui/cn';

/** A two-column definition list: a label on the left, its value on the right. */
export function DetailList({ children, className }: { children: ReactNode; className?: string }) {
  return <dl className={cn('divide-line divide-y', className)}>{children}</dl>;
}

export function DetailItem({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[6.5rem_minmax(0,1fr)] items-baseline gap-4 px-5 py-3">
      <dt className="text-fg-muted text-sm">{label}</dt>
      <dd className="text-fg min-w-0 text-sm">{children}</dd>
    </div>
  );
}
