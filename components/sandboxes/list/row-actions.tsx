'use client';

import { lazy, memo } from 'react';
import { RowMenuOnFirstUse } from '@/components/ui/row-menu-button';
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
    <RowMenuOnFirstUse name={sandbox.name} preload={loadMenu}>
      <RowActionsMenu sandbox={sandbox} />
    </RowMenuOnFirstUse>
  );
});
