'use client';

import { lazy, memo } from 'react';
import { OnFirstUse } from '@/components/ui/on-first-use';
import { RowMenuButton } from '@/components/ui/row-menu-button';
import type { SandboxListItem } from '@/lib/contract';

// The menu (Radix's dropdown and its positioning library), its mutations and the delete dialog are opened on few
// visits: their code loads when a row's button is reached for, not with the list.
const loadMenu = () => import('./row-actions-menu');
const RowActionsMenu = lazy(() => loadMenu().then((m) => ({ default: m.RowActionsMenu })));

/**
 * A row's "…" menu. Memoised: selecting rows re-renders every row, and the menu and its mutations need not
 * follow.
 */
export const RowActions = memo(function RowActions({ sandbox }: { sandbox: SandboxListItem }) {
  return (
    <OnFirstUse
      menu
      preload={loadMenu}
      trigger={(props) => (
        <RowMenuButton name={sandbox.name} aria-haspopup="menu" aria-expanded={false} {...props} />
      )}
    >
      <RowActionsMenu sandbox={sandbox} />
    </OnFirstUse>
  );
});
