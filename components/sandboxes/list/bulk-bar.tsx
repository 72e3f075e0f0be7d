'use client';

import { Button } from '@/components/ui/button';
import { preloadDeleteSandboxDialog } from '../lazy-delete-sandbox-dialog';
import { useSandboxAccess } from '../use-sandbox-access';
import { planBulk, plural } from '@/lib/list/bulk-plan';
import type { LifecycleAction } from '@/lib/sandbox/actions';
import type { BulkTarget } from './use-bulk-run';

type BulkBarProps = {
  selected: readonly BulkTarget[];
  /** A run is in progress: one at a time. */
  busy: boolean;
  onAction: (action: LifecycleAction) => void;
  onClear: () => void;
};

/**
 * What can be done to the selected rows. Each button counts the rows it applies to (pause: the active ones,
 * resume: the paused ones), so nothing is sent that the API would refuse with a 409; an action the role can't
 * take has no button.
 */
export function BulkBar({ selected, busy, onAction, onClear }: BulkBarProps) {
  const { allows } = useSandboxAccess();
  const pausable = planBulk('pause', selected).targets.length;
  const resumable = planBulk('resume', selected).targets.length;
  return (
    <div
      role="toolbar"
      aria-label="Bulk actions"
      className="border-line bg-accent-soft/50 flex flex-wrap items-center gap-2 border-b px-4 py-2"
    >
      <p className="text-fg text-sm font-medium" aria-live="polite">
        {plural(selected.length, 'sandbox', 'sandboxes')} selected
      </p>
      <Button variant="ghost" size="sm" onClick={onClear} className="h-7 px-2 text-xs">
        Clear selection
      </Button>
      <div className="ml-auto flex flex-wrap gap-2">
        {allows('pause') ? (
          <Button
            variant="secondary"
            size="sm"
            disabled={busy || pausable === 0}
            onClick={() => onAction('pause')}
          >
            Pause{pausable > 0 ? ` (${pausable})` : ''}
          </Button>
        ) : null}
        {allows('resume') ? (
          <Button
            variant="secondary"
            size="sm"
            disabled={busy || resumable === 0}
            onClick={() => onAction('resume')}
          >
            Resume{resumable > 0 ? ` (${resumable})` : ''}
          </Button>
        ) : null}
        {allows('delete') ? (
          <Button
            variant="danger"
            size="sm"
            disabled={busy}
            onClick={() => onAction('delete')}
            onPointerEnter={preloadDeleteSandboxDialog}
            onFocus={preloadDeleteSandboxDialog}
          >
            Delete ({selected.length})
          </Button>
        ) : null}
      </div>
    </div>
  );
}
