'use client';

import { useCallback } from 'react';
import { useActor } from '@/components/account/actor-context';
import {
  LIFECYCLE_ACTIONS,
  actionAccess,
  roleAllows,
  type ActionAccess,
  type SandboxAction,
} from '@/lib/sandbox/actions';

/**
 * What the signed-in person may do to a sandbox now: their role (the table the proxy enforces) and the sandbox's
 * state, combined by lib/sandbox/actions. Only for what to show; the proxy refuses on its own whatever this hides.
 */
export function useSandboxAccess() {
  const role = useActor()?.role;
  const access = useCallback(
    (action: SandboxAction, status: string): ActionAccess => actionAccess(role, action, status),
    [role],
  );
  const allows = useCallback((action: SandboxAction) => roleAllows(role, action), [role]);
  // Rows are selectable only for a bulk action the role may take: selection is for nothing else.
  const selectable = LIFECYCLE_ACTIONS.some((action) => roleAllows(role, action));
  return { role, access, allows, selectable };
}
