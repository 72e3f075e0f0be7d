import type { ComponentPropsWithRef } from 'react';
import { Button } from './button';
import { MoreIcon } from './icons';
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
