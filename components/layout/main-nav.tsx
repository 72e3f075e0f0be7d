'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useActor } from '@/components/account/actor-context';
import { cn } from '@/components/ui/cn';
import { type Action, can } from '@/lib/access/permissions';

/** Each link, and the permission a role needs to see it (the page and its routes refuse the others anyway). */
const LINKS: ReadonlyArray<{ href: string; label: string; needs?: Action }> = [
  { href: '/', label: 'Overview' },
  { href: '/sandboxes', label: 'Sandboxes' },
  { href: '/templates', label: 'Templates', needs: 'template.read' },
  { href: '/settings/users', label: 'Users', needs: 'user.manage' },
  { href: '/audit', label: 'Audit log', needs: 'audit.read' },
];

/** Section links; `/sandboxes/new` and `/sandboxes/[id]` still count as being in Sandboxes, `/templates/*` in Templates. */
export function MainNav() {
  const pathname = usePathname();
  const role = useActor()?.role;
  return (
    <nav aria-label="Main">
      <ul className="flex items-center gap-1">
        {LINKS.filter(({ needs }) => !needs || can(role, needs)).map(({ href, label }) => {
          const exact = pathname === href;
          const inside = exact || pathname.startsWith(`${href}/`);
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={exact ? 'page' : inside ? 'true' : undefined}
                className={cn(
                  'rounded-control px-2.5 py-1.5 text-sm font-medium whitespace-nowrap transition-colors',
                  inside ? 'bg-surface-muted text-fg' : 'text-fg-muted hover:bg-surface-hover hover:text-fg',
                )}
              >
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
