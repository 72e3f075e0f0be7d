'use client';

import Link from 'next/link';
import { cn } from '@/components/ui/cn';
import { useNavLinks } from './nav-links';

/**
 * The section links, in a row where the header has room (lg and up); narrower headers show NavMenu instead.
 * `/sandboxes/new` and `/sandboxes/[id]` still count as being in Sandboxes, `/templates/*` in Templates.
 */
export function MainNav({ className }: { className?: string }) {
  const links = useNavLinks();
  return (
    <nav aria-label="Main" className={className}>
      <ul className="flex items-center gap-1">
        {links.map(({ href, label, current }) => (
          <li key={href}>
            <Link
              href={href}
              aria-current={current}
              className={cn(
                'rounded-control px-2.5 py-1.5 text-sm font-medium whitespace-nowrap transition-colors',
                current ? 'bg-surface-muted text-fg' : 'text-fg-muted hover:bg-surface-hover hover:text-fg',
              )}
            >
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
