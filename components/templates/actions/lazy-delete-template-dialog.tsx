'use client';

import { lazyDialog } from '@/components/ui/lazy-dialog';
import type { DeleteTemplateDialogProps } from './delete-template-dialog';

/** DeleteTemplateDialog, loaded when a delete is first asked for (lazyDialog); closed while it has no template. */
export const { LazyDialog: LazyDeleteTemplateDialog, preload: preloadDeleteTemplateDialog } =
  lazyDialog<DeleteTemplateDialogProps>(
    () => import('./delete-template-dialog').then((m) => m.DeleteTemplateDialog),
    (props) => props.template !== null,
  );
