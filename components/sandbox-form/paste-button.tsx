'use client';

import type { ComponentPropsWithRef } from 'react';
import { Button } from '@/components/ui/button';
import { ClipboardIcon } from '@/components/ui/icons';

type PasteButtonProps = Omit<ComponentPropsWithRef<typeof Button>, 'children'> & { title: string };

/** The "Paste…" button of a rows editor: the dialog's trigger, and its stand-in until the dialog has loaded. */
export function PasteButton({ title, ...props }: PasteButtonProps) {
  return (
    <Button variant="ghost" size="sm" {...props}>
      <ClipboardIcon />
      {title}
    </Button>
  );
}
