'use client';

import { lazy } from 'react';
import { OnFirstUse } from '@/components/ui/on-first-use';
import { NavButton } from './nav-button';

// Only narrow screens use it, and then once a visit or so: its menu code loads when the button is reached for.
const loadPanel = () => import('./nav-menu-panel');
const NavMenuPanel = lazy(() => loadPanel().then((m) => ({ default: m.NavMenuPanel })));

/** The section links as one menu button, for headers too narrow for MainNav's row. */
export function NavMenu({ className }: { className?: string }) {
  return (
    <nav aria-label="Main" className={className}>
      <OnFirstUse
        menu
        preload={loadPanel}
        trigger={(props) => <NavButton aria-haspopup="menu" aria-expanded={false} {...props} />}
      >
        <NavMenuPanel />
      </OnFirstUse>
    </nav>
  );
}
