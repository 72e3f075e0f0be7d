'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';

import type { ActorView } from '@/components/account/actor-context';
import { Button } from '@/components/ui/button';
import { Menu, MenuContent, MenuItem, MenuLabel, MenuSeparator, MenuTrigger } from '@/components/ui/menu';
import { roleLabel, isRole } from '@/lib/access/permissions';
import { signOut } from '@/lib/client/account';

function initials(name: string, email: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? `${words[0]![0]}${words.at(-1)![0]}` : (words[0] ?? email).slice(0, 2);
  return letters.toUpperCase();
}

/** Who is signed in, with which role, their account page, and the way out. */
export function UserMenu({ actor }: { actor: ActorView }) {
  const router = useRouter();
  const [leaving, setLeaving] = useState(false);
  const role = isRole(actor.role) ? roleLabel(actor.role) : actor.role || 'No role';

  async function leave() {
    setLeaving(true);
    await signOut();
    router.replace('/sign-in');
    router.refresh(); // nothing of the signed-in pages may be shown again from the router's cache
  }

  return (
    <Menu>
      <MenuTrigger asChild>
        <Button variant="ghost" size="icon" aria-label={`Account: ${actor.name}, ${role}`} loading={leaving}>
          {leaving ? null : (
            <span className="bg-accent-soft text-accent-text flex size-7 items-center justify-center rounded-full text-xs font-semibold">
              {initials(actor.name, actor.email)}
            </span>
          )}
        </Button>
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
