'use client';

import { usePathname } from 'next/navigation';
import { useActor } from '@/components/account/actor-context';
import { type Action, can } from '@/lib/access/permissions';

/** Each section of the dashboard, and the permission a role needs to see it (its routes refuse the others anyway). */
const LINKS: ReadonlyArray<{ href: string; label: string; needs?: Action }> = [
  { href: '/', label: 'Overview' },
  { href: '/sandboxes', label: 'Sandboxes' },
  { href: '/templates', label: 'Templates', needs: 'template.read' },
  { href: '/settings/users', label: 'Users', needs: 'user.manage' },
  { href: '/audit', label: 'Audit log', needs: 'audit.read' },
];

export type NavLink = {
  href: string;
  label: string;
  /** 'page' on the section's own page, 'true' inside it (`/sandboxes/new` is in Sandboxes), else undefined. */
  current: 'page' | 'true' | undefined;
};

function isInside(pathname: string, href: string): boolean {
  // `/` is its own section only: every path starts with it.
  return pathname === href || (href !== '/' && pathname.startsWith(`${href}/`));
}

/** The sections the signed-in role may see, each marked when the current page is in it. */
export function useNavLinks(): NavLink[] {
  const pathname = usePathname();
  const role = useActor()?.role;
  return LINKS.filter(({ needs }) => !needs || can(role, needs)).map(({ href, label }) => ({
    href,
    label,
    current: pathname === href ? 'page' : isInside(pathname, href) ? 'true' : undefined,
  }));
}
