'use client';

import type { ComponentPropsWithRef } from 'react';
import type { ActorView } from '@/components/account/actor-context';
import { Button } from '@/components/ui/button';
import { isRole, roleLabel } from '@/lib/access/permissions';

function initials(name: string, email: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? `${words[0]![0]}${words.at(-1)![0]}` : (words[0] ?? email).slice(0, 2);
  return letters.toUpperCase();
}

/** The role as the menu words it: its label, or the raw value of a role this build does not know. */
export function accountRole(actor: ActorView): string {
  return isRole(actor.role) ? roleLabel(actor.role) : actor.role || 'No role';
}

type AccountButtonProps = Omit<ComponentPropsWithRef<typeof Button>, 'children'> & { actor: ActorView };

/**
 * The header's account button: the person's initials. The same button before the menu's code has loaded and as
 * the menu's trigger after, so nothing moves when the menu takes over. Extra props (Radix's trigger props, a
 * ref) reach the <button>.
 */
export function AccountButton({ actor, loading, ...props }: AccountButtonProps) {
  return (
    <Button
      variant="ghost"
      size="icon"
      aria-label={`Account: ${actor.name}, ${accountRole(actor)}`}
      loading={loading}
      {...props}
    >
      {loading ? null : (
        <span className="bg-accent-soft text-accent-text flex size-7 items-center justify-center rounded-full text-xs font-semibold">
          {initials(actor.name, actor.email)}
        </span>
      )}
    </Button>
  );
}
