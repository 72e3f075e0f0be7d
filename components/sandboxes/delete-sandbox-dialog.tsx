'use client';

import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogFooter } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { toast } from '@/components/ui/toast';
import { useDeleteSandbox } from '@/lib/client/sandbox-actions';
import { plural } from '@/lib/list/bulk-plan';
import { describeActionFailure, type ActionFailure } from '@/lib/sandbox/actions';
import { deleteConfirmed } from '@/lib/sandbox/delete-confirmation';
import { ActionError } from './action-error';
import { ConfirmNameField } from './confirm-name-field';

export type DeleteTarget = { id: string; name: string; status: string };

export type DeleteSandboxDialogProps = { onClose: () => void } & (
  | {
      /** One sandbox, deleted by the dialog: a failure shows next to the button, success closes it. */
      target: DeleteTarget | null;
      /** After the dialog deleted it, e.g. the detail page leaves for the list. */
      onDeleted?: () => void;
    }
  | {
      /** Several (or one) deleted by the caller once confirmed: bulk runs them with per-item progress. */
      targets: readonly DeleteTarget[] | null;
      onConfirm: (targets: readonly DeleteTarget[]) => void;
    }
);

/**
 * The one delete dialog, for one sandbox or many, from the list's row menu, its bulk bar or the detail page.
 * It cannot be undone, so it asks for the name of one sandbox, or the count of many, before the button works.
 * Closed while `target` (or `targets`) is null.
 */
export function DeleteSandboxDialog(props: DeleteSandboxDialogProps) {
  const remove = useDeleteSandbox();
  const targets = 'targets' in props ? props.targets : props.target && [props.target];
  const shown = targets && targets.length > 0 ? targets : null;

  function onOpenChange(open: boolean) {
    if (open || remove.isPending) return; // the request is on its way; closing would hide its outcome
    remove.reset();
    props.onClose();
  }

  function confirm(confirmed: readonly DeleteTarget[]) {
    if ('onConfirm' in props) return props.onConfirm(confirmed);
    const { onClose, onDeleted } = props;
    const [sandbox] = confirmed;
    if (!sandbox) return;
    remove.mutate(sandbox.id, {
      onSuccess: () => {
        remove.reset();
        onClose();
        toast.success(`Deleted ${sandbox.name}`);
        onDeleted?.();
      },
    });
  }

  const failure = remove.error
    ? describeActionFailure('delete', remove.error, shown?.[0]?.status)
    : undefined;
  const many = shown !== null && shown.length > 1;

  return (
    <Dialog open={shown !== null} onOpenChange={onOpenChange}>
      {shown ? (
        <DialogContent
          title={
            many ? (
              `Delete ${plural(shown.length, 'sandbox', 'sandboxes')}?`
            ) : (
              <>
                Delete <span className="break-all">{shown[0]?.name}</span>?
              </>
            )
          }
          description={`${many ? 'Each' : 'The'} sandbox, its filesystem and its snapshot are removed for good. This cannot be undone.`}
        >
          <ConfirmForm targets={shown} pending={remove.isPending} failure={failure} onConfirm={confirm} />
        </DialogContent>
      ) : null}
    </Dialog>
  );
}

const LISTED = 8;

type ConfirmFormProps = {
  targets: readonly DeleteTarget[];
  pending: boolean;
  failure: ActionFailure | undefined;
  onConfirm: (targets: readonly DeleteTarget[]) => void;
};

/** Mounted with the dialog's content, so what was typed is gone when it closes. */
function ConfirmForm({ targets, pending, failure, onConfirm }: ConfirmFormProps) {
  const [typed, setTyped] = useState('');
  const names = targets.map((target) => target.name);
  const count = targets.length;
  const confirmed = deleteConfirmed(typed, names);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (confirmed && !pending) onConfirm(targets);
  }

  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-4">
      {count > 1 ? (
        <ul className="border-line bg-surface-muted text-fg-muted max-h-40 overflow-y-auto rounded-md border px-3 py-2 font-mono text-xs leading-5">
          {names.slice(0, LISTED).map((name, index) => (
            <li key={targets[index]?.id} className="truncate">
              {name}
            </li>
          ))}
          {count > LISTED ? <li className="font-sans">and {count - LISTED} more</li> : null}
        </ul>
      ) : null}
      {count > 1 ? (
        <Field label={`Type ${count} to confirm`}>
          <Input
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            inputMode="numeric"
            autoComplete="off"
          />
        </Field>
      ) : (
        <ConfirmNameField
          label="Type the sandbox’s name to confirm"
          name={names[0] ?? ''}
          value={typed}
          onChange={setTyped}
        />
      )}
      <ActionError error={failure} />
      <DialogFooter className="mt-2">
        <DialogClose asChild>
          <Button variant="secondary" disabled={pending}>
            Cancel
          </Button>
        </DialogClose>
        <Button type="submit" variant="danger" disabled={!confirmed} loading={pending}>
          {pending
            ? 'Deleting…'
            : count > 1
              ? `Delete ${plural(count, 'sandbox', 'sandboxes')}`
              : 'Delete sandbox'}
        </Button>
      </DialogFooter>
    </form>
  );
}
