'use client';

import { lazy } from 'react';
import { OnFirstUse } from '@/components/ui/on-first-use';
import { PasteButton } from './paste-button';
import type { PasteDialogProps } from './paste-dialog';

const loadDialog = () => import('./paste-dialog');
const PasteDialog = lazy(() => loadDialog().then((m) => ({ default: m.PasteDialog })));

/** The paste dialog, its code (and the dialog library's) loaded when its button is first reached for. */
export function LazyPasteDialog(props: Omit<PasteDialogProps, 'defaultOpen'>) {
  return (
    <OnFirstUse
      preload={loadDialog}
      trigger={(standIn) => (
        <PasteButton title={props.title} disabled={props.disabled} aria-haspopup="dialog" {...standIn} />
      )}
    >
      <PasteDialog {...props} defaultOpen />
    </OnFirstUse>
  );
}
