'use client';

import { createContext, type ReactNode, useContext } from 'react';

import { type Action, can } from '@/lib/access/permissions';

/** What the browser knows of the signed-in person: enough to greet them and to hide what their role can't use. */
export type ActorView = { name: string; email: string; role: string };

const ActorContext = createContext<ActorView | null>(null);

export function ActorProvider({ actor, children }: { actor: ActorView; children: ReactNode }) {
  return <ActorContext.Provider value={actor}>{children}</ActorContext.Provider>;
}

export function useActor(): ActorView | null {
  return useContext(ActorContext);
}

/**
 * Whether the signed-in person's role may take `action`, by the same table the server enforces. Only for what to
 * show: the proxy refuses on its own whatever this hides.
 */
export function useCan(action: Action): boolean {
  return can(useActor()?.role, action);
}
