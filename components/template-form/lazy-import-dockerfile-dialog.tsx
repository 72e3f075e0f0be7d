'use client';

import { lazy } from 'react';
import { OnFirstUse } from '@/components/ui/on-first-use';
import { ImportButton } from '@/components/sandbox-form/import-button';
import type { ImportDockerfileDialogProps } from './import-dockerfile-dialog';

const loadDialog = () => import('./import-dockerfile-dialog');
const ImportDockerfileDialog = lazy(() => loadDialog().then((m) => ({ default: m.ImportDockerfileDialog })));

/**
 * "Import Dockerfile", its dialog's code (the Dockerfile parser, the preview, the dialog library) loaded when the
 * button is first reached for.
 */
export function LazyImportDockerfileDialog(props: Omit<ImportDockerfileDialogProps, 'defaultOpen'>) {
  return (
    <OnFirstUse
      preload={loadDialog}
      trigger={(standIn) => (
        <ImportButton
          label="Import Dockerfile"
          disabled={props.disabled}
          aria-haspopup="dialog"
          {...standIn}
        />
      )}
    >
      <ImportDockerfileDialog {...props} defaultOpen />
    </OnFirstUse>
  );
}
