import type { ComponentPropsWithoutRef } from 'react';
import { cn } from '@/components/ui/cn';

/**
 * The list's own cells, denser than a plain table's and padded per column. They are the only cells with padding:
 * a second padding class would compete with these (class order, not the order written, decides between two).
 */
const PADDING = {
  /** The checkbox column, flush with the card's edge padding. */
  first: 'pl-4 pr-0',
  /** The name column when it comes first (a role without bulk actions has no checkboxes). */
  lead: 'pl-4 pr-2',
  base: 'px-2',
  /** Metadata chips need a little air after the lifetime's digits. */
  chips: 'pl-3 pr-2',
  actions: 'px-1',
} as const;

type Pad = keyof typeof PADDING;

export function Cell({ pad = 'base', className, ...props }: ComponentPropsWithoutRef<'td'> & { pad?: Pad }) {
  return <td className={cn('py-1.5 align-middle', PADDING[pad], className)} {...props} />;
}

export function HeadCell({
  pad = 'base',
  className,
  ...props
}: ComponentPropsWithoutRef<'th'> & { pad?: Pad }) {
  return (
    <th
      scope="col"
      className={cn('text-fg-muted h-10 text-xs font-medium whitespace-nowrap', PADDING[pad], className)}
      {...props}
    />
  );
}
