'use client';

import type { ComponentPropsWithRef } from 'react';
import { Button } from '@/components/ui/button';
import { UploadIcon } from '@/components/ui/icons';

type ImportButtonProps = Omit<ComponentPropsWithRef<typeof Button>, 'children'> & { label: string };

/**
 * An "Import …" button in a create page's header (Import JSON, Import Dockerfile): its dialog's trigger, and
 * the dialog's stand-in until that code has loaded.
 */
export function ImportButton({ label, ...props }: ImportButtonProps) {
  return (
    <Button variant="secondary" {...props}>
      <UploadIcon />
      {label}
    </Button>
  );
}
