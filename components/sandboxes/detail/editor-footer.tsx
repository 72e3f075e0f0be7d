'use client';

import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import type { ActionFailure } from '@/lib/sandbox/actions';
import { ActionError } from '../action-error';

type EditorFooterProps = {
  saving: boolean;
  /** Save is unavailable (e.g. network rules of a paused sandbox); the reason is shown above. */
  disabled?: boolean;
  onCancel: () => void;
  error: ActionFailure | undefined;
  /** A line on the left, e.g. "PATCH replaces the whole map". */
  note?: ReactNode;
};

/** Save and Cancel for an edit section, with the save's error right above them. */
export function EditorFooter({ saving, disabled, onCancel, error, note }: EditorFooterProps) {
  return (
    <div className="border-line flex flex-col gap-3 border-t px-5 py-4">
      <ActionError error={error} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="text-fg-muted min-w-0 flex-1 text-xs">{note}</div>
        <div className="flex items-center gap-2">
          <Button variant="ghost" onClick={onCancel} disabled={saving}>
            Cancel
          </Button>
          <Button type="submit" loading={saving} disabled={disabled}>
            {saving ? 'Saving…' : 'Save changes'}
          </Button>
        </div>
      </div>
    </div>
  );
}
