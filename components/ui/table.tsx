import type { ComponentPropsWithoutRef } from 'react';
import { cn } from './cn';

/**
 * Plain semantic table parts with the house styling. The wrapper scrolls horizontally on narrow screens;
 * its rows hold links, so keyboard users can reach and scroll it. It is `relative` so that it also contains the
 * cells' absolutely positioned parts (screen-reader-only text): without a positioned ancestor they escaped the
 * scroll box and made the whole page scroll sideways on a phone.
 */
export function Table({
  className,
  label,
  ...props
}: ComponentPropsWithoutRef<'table'> & { label?: string }) {
  return (
    <div className="relative overflow-x-auto">
      <table
        aria-label={label}
        className={cn('w-full border-collapse text-left text-sm', className)}
        {...props}
      />
    </div>
  );
}

export function THead({ className, ...props }: ComponentPropsWithoutRef<'thead'>) {
  return <thead className={cn('border-line bg-surface-muted/60 border-b', className)} {...props} />;
}

export function TBody({ className, ...props }: ComponentPropsWithoutRef<'tbody'>) {
  return <tbody className={cn('divide-line divide-y', className)} {...props} />;
}

export function Tr({ className, ...props }: ComponentPropsWithoutRef<'tr'>) {
  return <tr className={cn(className)} {...props} />;
}
