'use client';

import type { ComponentPropsWithRef, ReactNode } from 'react';
import { Button } from './button';
import { MoreIcon } from './icons';
import { OnFirstUse } from './on-first-use';
import { Spinner } from './spinner';

type RowMenuButtonProps = Omit<ComponentPropsWithRef<typeof Button>, 'children' | 'aria-label'> & {
  /** The row's name: the button reads "Actions for <name>". */
  name: string;
  /** An action of the row is on its way (a spinner in place of the dots, the button stays usable). */
  busy?: boolean;
};

/**
 * A list row's "…" button: the stand-in while the row's menu code loads, and the menu's trigger after, so nothing
 * moves when the menu takes over. Extra props (Radix's trigger props, a ref) reach the <button>.
 */
export function RowMenuButton({ name, busy = false, loading, ...props }: RowMenuButtonProps) {
  return (
    <Button
      variant="ghost"
      size="icon"
      aria-label={`Actions for ${name}`}
      title="Actions"
      loading={loading}
      {...props}
    >
      {loading ? null : busy ? <Spinner size="sm" /> : <MoreIcon />}
    </Button>
  );
}

type RowMenuOnFirstUseProps = {
  /** The row's name, for the button's label. */
  name: string;
  /** Starts fetching the menu's code (the import its React.lazy wraps). */
  preload: () => Promise<unknown>;
  /** The real menu (React.lazy), mounted open on the first press; its trigger is a RowMenuButton too. */
  children: ReactNode;
};

/** A row's "…" menu whose code loads on first use (OnFirstUse): the list ships only this button. */
export function RowMenuOnFirstUse({ name, preload, children }: RowMenuOnFirstUseProps) {
  return (
    <OnFirstUse
      menu
      preload={preload}
      trigger={(props) => <RowMenuButton name={name} aria-haspopup="menu" aria-expanded={false} {...props} />}
    >
      {children}
    </OnFirstUse>
  );
}
