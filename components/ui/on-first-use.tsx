'use client';

import { Suspense, useState, type KeyboardEvent, type ReactNode } from 'react';

export type StandInProps = {
  onClick?: () => void;
  onPointerEnter?: () => void;
  onFocus?: () => void;
  onKeyDown?: (event: KeyboardEvent) => void;
  /** The real part's code is still on its way: the stand-in shows it is busy. */
  loading?: boolean;
};

type OnFirstUseProps = {
  /** Starts fetching the real part's code (the same import its React.lazy wraps). */
  preload: () => Promise<unknown>;
  /** The trigger as it looks before the real part is there; it must look and read like the real one. */
  trigger: (props: StandInProps) => ReactNode;
  /** The real part (a React.lazy component), mounted open the first time the trigger is pressed. */
  children: ReactNode;
  /** A menu button also opens on ArrowDown, as a mounted menu would. */
  menu?: boolean;
};

/**
 * A dialog or menu whose code loads on demand. Until it is first used, a stand-in trigger; hovering or focusing
 * it starts the download, and pressing it mounts the real part already open, so one press opens it as before.
 * The page's first load carries only the trigger, not the dialog library or the dialog's own logic.
 */
export function OnFirstUse({ preload, trigger, children, menu = false }: OnFirstUseProps) {
  const [used, setUsed] = useState(false);
  if (used) return <Suspense fallback={trigger({ loading: true })}>{children}</Suspense>;
  return trigger({
    onClick: () => setUsed(true),
    onPointerEnter: () => void preload(),
    onFocus: () => void preload(),
    onKeyDown: menu
      ? (event) => {
          if (event.key !== 'ArrowDown') return;
          event.preventDefault();
          setUsed(true);
        }
      : undefined,
  });
}
