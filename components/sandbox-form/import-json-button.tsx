'use client';

import type { ComponentPropsWithRef } from 'react';
import { Button } from '@/components/ui/button';
import { UploadIcon } from '@/components/ui/icons';

/** "Import JSON": the dialog's trigger, and its stand-in until the dialog has loaded. */
export function ImportJsonButton(props: Omit<ComponentPropsWithRef<typeof Button>, 'children'>) {
  return (
    <Button variant="secondary" {...props}>
      <UploadIcon />
      Import JSON
    </Button>
  );
}
