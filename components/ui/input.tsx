'use client';

import type { ComponentPropsWithRef } from 'react';
import { cn } from './cn';
import { CONTROL_CLASSES } from './control-styles';
import { useFieldControl } from './field';

export type InputProps = ComponentPropsWithRef<'input'>;

/** A text input; inside <Field> it is labelled, described and marked invalid automatically. */
export function Input({ className, ...props }: InputProps) {
  const wired = useFieldControl(props);
  return <input className={cn(CONTROL_CLASSES, 'h-9 px-3', className)} {...wired} />;
}
