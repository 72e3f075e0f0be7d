'use client';

import type { ComponentPropsWithRef } from 'react';
import { cn } from './cn';
import { CONTROL_CLASSES } from './control-styles';
import { useFieldControl } from './field';

export type SelectProps = ComponentPropsWithRef<'select'>;

/** A native select (the most accessible choice for short option lists), styled like the inputs. */
export function Select({ className, children, ...props }: SelectProps) {
  const wired = useFieldControl(props);
  return (
    <div className="relative">
      <select className={cn(CONTROL_CLASSES, 'h-9 appearance-none pr-9 pl-3', className)} {...wired}>
        {children}
      </select>
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        fill="currentColor"
        className="text-fg-subtle pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2"
      >
        <path
          fillRule="evenodd"
          d="M5.22 8.22a.75.75 0 0 1 1.06 0L10 11.94l3.72-3.72a.75.75 0 1 1 1.06 1.06l-4.25 4.25a.75.75 0 0 1-1.06 0L5.22 9.28a.75.75 0 0 1 0-1.06Z"
          clipRule="evenodd"
        />
      </svg>
    </div>
  );
}
