'use client';

import type { ComponentPropsWithRef } from 'react';
import { Button } from '@/components/ui/button';
import { UploadIcon } from '@/components/ui/icons';

/** "Import Dockerfile": the dialog's trigger, and its stand-in until the dialog has loaded. */
export function ImportDockerfileButton(props: Omit<ComponentPropsWithRef<typeof Button>, 'children'>) {
  return (
    <Button variant="secondary" {...props}>
      <UploadIcon />
      Import Dockerfile
    </Button>
  );
}
