'use client';

import { lazyDialog } from '@/components/ui/lazy-dialog';
import type { DeleteSandboxDialogProps } from './delete-sandbox-dialog';

/** DeleteSandboxDialog, loaded when a delete is first asked for (lazyDialog); closed while it has no target. */
export const { LazyDialog: LazyDeleteSandboxDialog, preload: preloadDeleteSandboxDialog } =
  lazyDialog<DeleteSandboxDialogProps>(
    () => import('./delete-sandbox-dialog').then((m) => m.DeleteSandboxDialog),
    (props) => {
      const targets = 'targets' in props ? props.targets : props.target && [props.target];
      return Boolean(targets && targets.length > 0);
    },
  );
