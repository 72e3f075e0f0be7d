'use client';

import type { ComponentPropsWithRef } from 'react';
import { Button } from '@/components/ui/button';
import { ChevronDownIcon } from '@/components/ui/icons';
import { useNavLinks } from './nav-links';

type NavButtonProps = Omit<ComponentPropsWithRef<typeof Button>, 'children'>;

/**
 * The narrow header's section switcher: it names the section you are in ("Sandboxes ▾"), and opens the list of
 * sections. The same button before the menu's code has loaded and as its trigger after.
 */
export function NavButton(props: NavButtonProps) {
  const here = useNavLinks().find((link) => link.current);
  return (
    <Button variant="ghost" size="sm" aria-label={`Sections: ${here?.label ?? 'none'}`} {...props}>
      <span className="max-w-28 truncate">{here?.label ?? 'Sections'}</span>
      <ChevronDownIcon className="text-fg-subtle size-4" />
    </Button>
  );
}
