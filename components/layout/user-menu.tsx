'use client';

import { lazy } from 'react';
import type { ActorView } from '@/components/account/actor-context';
import { OnFirstUse } from '@/components/ui/on-first-use';
import { AccountButton } from './account-button';

// The dropdown (Radix menu and its positioning library) is on every page of the dashboard but opened on few
// visits: its code loads when the account button is reached for, not with the page.
const loadPanel = () => import('./user-menu-panel');
const UserMenuPanel = lazy(() => loadPanel().then((m) => ({ default: m.UserMenuPanel })));

/** Who is signed in, with which role, their account page, and the way out. */
export function UserMenu({ actor }: { actor: ActorView }) {
  return (
    <OnFirstUse
      menu
      preload={loadPanel}
      trigger={(props) => (
        <AccountButton actor={actor} aria-haspopup="menu" aria-expanded={false} {...props} />
      )}
    >
      <UserMenuPanel actor={actor} />
    </OnFirstUse>
  );
}
