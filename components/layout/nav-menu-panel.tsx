'use client';

import Link from 'next/link';
import { Menu, MenuContent, MenuItem, MenuTrigger } from '@/components/ui/menu';
import { cn } from '@/components/ui/cn';
import { NavButton } from './nav-button';
import { useNavLinks } from './nav-links';

/** The sections as a menu of links (a link still opens in a new tab); mounted open by NavMenu on first use. */
export function NavMenuPanel() {
  const links = useNavLinks();
  return (
    <Menu defaultOpen>
      <MenuTrigger asChild>
        <NavButton />
      </MenuTrigger>
      <MenuContent align="start" className="min-w-44">
        {links.map(({ href, label, current }) => (
          <MenuItem key={href} asChild>
            <Link
              href={href}
              aria-current={current}
              className={cn(current && 'bg-surface-muted font-medium')}
            >
              {label}
            </Link>
          </MenuItem>
        ))}
      </MenuContent>
    </Menu>
  );
}
