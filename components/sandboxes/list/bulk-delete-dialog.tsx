'use client';

import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogFooter } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { deleteConfirmationMatches, plural } from '@/lib/list/bulk-plan';
import type { BulkTarget } from './use-bulk-run';

type BulkDeleteDialogProps = {
  targets: readonly BulkTarget[] | null;
  onCancel: () => void;
  onConfirm: (targets: readonly BulkTarget[]) => void;
};

const LISTED = 8;

/** Deleting many is confirmed by typing how many: a number read off the screen, not a reflex click. */
export function BulkDeleteDialog({ targets, onCancel, onConfirm }: BulkDeleteDialogProps) {
  const count = targets?.length ?? 0;
  return (
    <Dialog open={targets !== null} onOpenChange={(open) => (open ? undefined : onCancel())}>
      {targets ? (
        <DialogContent
          title={`Delete ${plural(count, 'sandbox', 'sandboxes')}?`}
          description="Each sandbox, its filesystem and its snapshot are removed for good. This cannot be undone."
        >
          <ConfirmForm targets={targets} onConfirm={onConfirm} />
        </DialogContent>
      ) : null}
    </Dialog>
  );
}

function ConfirmForm({
  targets,
  onConfirm,
}: {
  targets: readonly BulkTarget[];
  onConfirm: BulkDeleteDialogProps['onConfirm'];
}) {
  const [typed, setTyped] = useState('');
  const count = targets.length;
  const confirmed = deleteConfirmationMatches(typed, count);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (confirmed) onConfirm(targets);
  }

  return (
    <form onSubmit={submit}>
      <ul className="border-line bg-surface-muted text-fg-muted max-h-40 overflow-y-auto rounded-md border px-3 py-2 font-mono text-xs leading-5">
        {targets.slice(0, LISTED).map((target) => (
          <li key={target.id} className="truncate">
            {target.name}
          </li>
        ))}
        {count > LISTED ? <li className="font-sans">and {count - LISTED} more</li> : null}
      </ul>
      <Field label={`Type ${count} to confirm`} className="mt-4">
        <Input
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          inputMode="numeric"
          autoComplete="off"
        />
      </Field>
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="secondary">Cancel</Button>
        </DialogClose>
        <Button type="submit" variant="danger" disabled={!confirmed}>
          Delete {plural(count, 'sandbox', 'sandboxes')}
        </Button>
      </DialogFooter>
    </form>
  );
}
