'use client';

import {
  createContext,
  Suspense,
  useContext,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';

export type StandInProps = {
  onClick?: (event: MouseEvent) => void;
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
 * Whether the press that mounted the real part came from the keyboard. A Radix menu moves focus to its first item
 * when opened from the keyboard, but it learns that from key presses it sees once mounted, and the press that
 * mounted it came before: MenuContent reads this when it first mounts (later opens are the menu's own).
 */
const OpenedByKeyboard = createContext(false);

/** True inside a part that OnFirstUse mounted on a key press (Enter, Space, ArrowDown on a menu button). */
export function useOpenedByKeyboard(): boolean {
  return useContext(OpenedByKeyboard);
}

/**
 * A dialog or menu whose code loads on demand. Until it is first used, a stand-in trigger; hovering or focusing
 * it starts the download, and pressing it mounts the real part already open, so one press opens it as before.
 * The page's first load carries only the trigger, not the dialog library or the dialog's own logic.
 */
export function OnFirstUse({ preload, trigger, children, menu = false }: OnFirstUseProps) {
  const [used, setUsed] = useState<'keyboard' | 'pointer' | null>(null);
  if (used) {
    return (
      <OpenedByKeyboard value={used === 'keyboard'}>
        <Suspense fallback={trigger({ loading: true })}>{children}</Suspense>
      </OpenedByKeyboard>
    );
  }
  return trigger({
    // A click from Enter or Space has no pointer behind it: detail is 0.
    onClick: (event) => setUsed(event.detail === 0 ? 'keyboard' : 'pointer'),
    onPointerEnter: () => void preload(),
    onFocus: () => void preload(),
    onKeyDown: menu
      ? (event) => {
          if (event.key !== 'ArrowDown') return;
          event.preventDefault();
          setUsed('keyboard');
        }
      : undefined,
  });
}
