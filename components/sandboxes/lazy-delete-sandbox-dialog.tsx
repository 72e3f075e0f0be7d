'use client';

import { lazy, Suspense, type ComponentProps } from 'react';

/** Starts fetching the dialog's code; the buttons that open it call this when hovered or focused. */
export const preloadDeleteSandboxDialog = () => import('./delete-sandbox-dialog');
const DeleteSandboxDialog = lazy(() =>
  preloadDeleteSandboxDialog().then((m) => ({ default: m.DeleteSandboxDialog })),
);

type Props = ComponentProps<typeof DeleteSandboxDialog>;

/**
 * DeleteSandboxDialog with its code (and the dialog library's) loaded when a delete is first asked for, not with
 * the page: while closed it renders nothing. Its open state is the caller's, so a press is never lost; the dialog
 * shows as soon as its code is there (at once when the button's hover or focus preloaded it).
 */
export function LazyDeleteSandboxDialog(props: Props) {
  const targets = 'targets' in props ? props.targets : props.target && [props.target];
  if (!targets || targets.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <DeleteSandboxDialog {...props} />
    </Suspense>
  );
}
