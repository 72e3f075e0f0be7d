'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';

import type { ActorView } from '@/components/account/actor-context';
import { Menu, MenuContent, MenuItem, MenuLabel, MenuSeparator, MenuTrigger } from '@/components/ui/menu';
import { signOut } from '@/lib/client/account';
import { AccountButton, accountRole } from './account-button';

/**
 * Who is signed in, with which role, their account page, and the way out: the Radix menu behind the account
 * button. Loaded by UserMenu the first time the button is reached for, and mounted open.
 */
export function UserMenuPanel({ actor }: { actor: ActorView }) {
  const router = useRouter();
  const [leaving, setLeaving] = useState(false);
  const role = accountRole(actor);

  async function leave() {
    setLeaving(true);
    await signOut();
    router.replace('/sign-in');
    router.refresh(); // nothing of the signed-in pages may be shown again from the router's cache
  }

  return (
    <Menu defaultOpen>
      <MenuTrigger asChild>
        <AccountButton actor={actor} loading={leaving} />
      </MenuTrigger>
      <MenuContent align="end">
        <MenuLabel>
          <span className="text-fg block truncate font-medium">{actor.name}</span>
          <span className="text-fg-muted block truncate text-xs font-normal">{actor.email}</span>
          <span className="text-fg-muted mt-1 block text-xs font-normal" data-testid="current-role">
            Role: {role}
          </span>
        </MenuLabel>
        <MenuSeparator />
        <MenuItem onSelect={() => router.push('/account')}>Your account</MenuItem>
        <MenuItem onSelect={() => void leave()}>Sign out</MenuItem>
      </MenuContent>
    </Menu>
  );
}
