'use client';

import { lazy } from 'react';
import { OnFirstUse } from '@/components/ui/on-first-use';
import { ImportButton } from './import-button';
import type { ImportJsonDialogProps } from './import-json-dialog';

const loadDialog = () => import('./import-json-dialog');
const ImportJsonDialog = lazy(() => loadDialog().then((m) => ({ default: m.ImportJsonDialog })));

/** "Import JSON", its dialog's code (and the dialog library's) loaded when the button is first reached for. */
export function LazyImportJsonDialog(props: Omit<ImportJsonDialogProps, 'defaultOpen'>) {
  return (
    <OnFirstUse
      preload={loadDialog}
      trigger={(standIn) => (
        <ImportButton label="Import JSON" disabled={props.disabled} aria-haspopup="dialog" {...standIn} />
      )}
    >
      <ImportJsonDialog {...props} defaultOpen />
    </OnFirstUse>
  );
}
