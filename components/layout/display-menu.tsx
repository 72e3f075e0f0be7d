'use client';

import { lazy } from 'react';
import { OnFirstUse } from '@/components/ui/on-first-use';
import { DisplayButton } from './display-button';

// The menu (Radix and its positioning) is on every page but rarely opened: it loads when the button is reached
// for, like the account menu. The theme itself never waits for it: next-themes applies it before the first paint.
const loadPanel = () => import('./display-menu-panel');
const DisplayMenuPanel = lazy(() => loadPanel().then((m) => ({ default: m.DisplayMenuPanel })));

/** Light, dark or the system's theme, and local time or UTC, from one small button in the header. */
export function DisplayMenu() {
  return (
    <OnFirstUse
      menu
      preload={loadPanel}
      trigger={(props) => <DisplayButton aria-haspopup="menu" aria-expanded={false} {...props} />}
    >
      <DisplayMenuPanel />
    </OnFirstUse>
  );
}
