'use client';

import * as RadixDialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import { cn } from './cn';
import { XIcon } from './icons';

/** Radix does the hard parts (focus trap, Escape, scroll lock, aria-modal); this file only styles it. */
export const Dialog = RadixDialog.Root;
export const DialogTrigger = RadixDialog.Trigger;
export const DialogClose = RadixDialog.Close;

export type DialogContentProps = {
  title: ReactNode;
  /** Read when the dialog opens; say what is at stake ("This deletes 3 sandboxes."). */
  description?: ReactNode;
  children?: ReactNode;
  size?: 'sm' | 'md' | 'lg';
  className?: string;
};

const WIDTHS = { sm: 'max-w-sm', md: 'max-w-lg', lg: 'max-w-2xl' } as const;

export function DialogContent({ title, description, children, size = 'md', className }: DialogContentProps) {
  return (
    <RadixDialog.Portal>
      <RadixDialog.Overlay className="data-[state=open]:animate-fade-in bg-scrim fixed inset-0 z-40 backdrop-blur-[1px]" />
      <RadixDialog.Content
        // Without a description, tell Radix on purpose (it warns otherwise); with one, Radix links it itself.
        {...(description ? {} : { 'aria-describedby': undefined })}
        className={cn(
          'fixed top-1/2 left-1/2 z-50 w-[calc(100%-2rem)] -translate-x-1/2 -translate-y-1/2',
          'rounded-card border-line bg-surface shadow-overlay max-h-[calc(100dvh-2rem)] overflow-y-auto border p-6',
          'data-[state=open]:animate-pop-in',
          WIDTHS[size],
          className,
        )}
      >
        <div className="flex items-start justify-between gap-4">
          <RadixDialog.Title className="text-fg text-base font-semibold">{title}</RadixDialog.Title>
          <RadixDialog.Close
            aria-label="Close"
            className="rounded-control text-fg-subtle hover:bg-surface-hover hover:text-fg -mt-1 -mr-2 p-1.5"
          >
            <XIcon />
          </RadixDialog.Close>
        </div>
        {description ? (
          <RadixDialog.Description className="text-fg-muted mt-1.5 text-sm">
            {description}
          </RadixDialog.Description>
        ) : null}
        {children ? <div className="mt-5">{children}</div> : null}
      </RadixDialog.Content>
    </RadixDialog.Portal>
  );
}

/** Buttons at the bottom of a dialog, primary action last. */
export function DialogFooter({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={cn('mt-6 flex flex-wrap justify-end gap-2', className)}>{children}</div>;
}
