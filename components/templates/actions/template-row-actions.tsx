'use client';

import { lazy, memo } from 'react';
import { RowMenuOnFirstUse } from '@/components/ui/row-menu-button';
import type { BuildTarget } from './use-build-actions';

// The menu (Radix's dropdown and its positioning library), the build mutations and the delete dialog are opened
// on few visits: their code loads when a row's button is reached for, not with the list.
const loadMenu = () => import('./template-row-actions-menu');
const TemplateRowActionsMenu = lazy(() => loadMenu().then((m) => ({ default: m.TemplateRowActionsMenu })));

/**
 * A template row's "…" menu. Memoised: a list refresh re-renders every row, and the menu and its mutations need
 * not follow.
 */
export const TemplateRowActions = memo(function TemplateRowActions({ template }: { template: BuildTarget }) {
  return (
    <RowMenuOnFirstUse name={template.name} preload={loadMenu}>
      <TemplateRowActionsMenu template={template} />
    </RowMenuOnFirstUse>
  );
});
