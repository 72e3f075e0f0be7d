'use client';

import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { ActionError } from '@/components/sandboxes/action-error';
import { ConfirmNameField } from '@/components/sandboxes/confirm-name-field';
import { Button } from '@/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogFooter } from '@/components/ui/dialog';
import { toast } from '@/components/ui/toast';
import { useDeleteTemplate } from '@/lib/client/templates';
import { sandboxesUsingHref } from '@/lib/list/template-filter';
import { deleteConfirmed } from '@/lib/sandbox/delete-confirmation';
import { deleteConflict, describeTemplateActionFailure } from '@/lib/templates/action-failure';
import { useCancelInFlightBuild, type BuildTarget } from './use-build-actions';
import { useTemplateAccess } from './use-template-access';

export type DeleteTemplateDialogProps = {
  /** The template to delete; the dialog is closed while it is null. */
  template: BuildTarget | null;
  onClose: () => void;
  /** After the delete went through, e.g. the template's page leaves for the list. */
  onDeleted?: () => void;
};

/**
 * Deletes one template, from the list's row menu or the template's page. It cannot be undone, so it asks for the
 * name first. The API's two refusals are explained where they happen, with the way forward: sandboxes still use
 * the template (a link to exactly those, in the sandbox list) or a build is in flight (a button to cancel it).
 */
export function DeleteTemplateDialog({ template, onClose, onDeleted }: DeleteTemplateDialogProps) {
  const remove = useDeleteTemplate();

  function onOpenChange(open: boolean) {
    if (open || remove.isPending) return; // the request is on its way; closing would hide its outcome
    remove.reset();
    onClose();
  }

  async function confirm() {
    if (!template) return;
    // Awaited rather than a per-call onSuccess: the list's refetch drops the row (and this dialog with it) as
    // soon as the delete lands, and a per-call callback never runs once its component is gone.
    try {
      await remove.mutateAsync(template.id);
    } catch {
      return; // shown in the dialog from remove.error
    }
    toast.success(`Deleted ${template.name}`);
    onClose();
    onDeleted?.();
  }

  return (
    <Dialog open={template !== null} onOpenChange={onOpenChange}>
      {template ? (
        <DialogContent
          title={
            <>
              Delete <span className="break-all">{template.name}</span>?
            </>
          }
          description="The template and its built image are removed for good. Sandboxes can no longer be launched from it. This cannot be undone."
        >
          <ConfirmForm
            template={template}
            pending={remove.isPending}
            error={remove.error}
            onRetryable={() => remove.reset()}
            onConfirm={() => void confirm()}
          />
        </DialogContent>
      ) : null}
    </Dialog>
  );
}

type ConfirmFormProps = {
  template: BuildTarget;
  pending: boolean;
  error: unknown;
  /** The refusal no longer holds (its build was cancelled): clear it so the delete can be tried again. */
  onRetryable: () => void;
  onConfirm: () => void;
};

/** Mounted with the dialog's content, so what was typed is gone when it closes. */
function ConfirmForm({ template, pending, error, onRetryable, onConfirm }: ConfirmFormProps) {
  const [typed, setTyped] = useState('');
  const confirmed = deleteConfirmed(typed, [template.name]);
  const failure = error ? describeTemplateActionFailure('delete', error, template.name) : undefined;
  const conflict = deleteConflict(error);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (confirmed && !pending) onConfirm();
  }

  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-4">
      <ConfirmNameField
        label="Type the template’s name to confirm"
        name={template.name}
        value={typed}
        onChange={setTyped}
      />
      <ActionError error={failure} />
      {conflict?.reason === 'in_use' ? (
        <Link
          href={sandboxesUsingHref(template)}
          className="text-accent-text self-start text-sm font-medium underline underline-offset-2"
        >
          {conflict.count === undefined
            ? 'Show the sandboxes using it'
            : `Show the ${conflict.count === 1 ? 'sandbox' : `${conflict.count} sandboxes`} using it`}
        </Link>
      ) : null}
      {conflict?.reason === 'building' ? (
        <CancelBuildOffer template={template} onCancelled={onRetryable} />
      ) : null}
      <DialogFooter className="mt-2">
        <DialogClose asChild>
          <Button variant="secondary" disabled={pending}>
            Cancel
          </Button>
        </DialogClose>
        <Button type="submit" variant="danger" disabled={!confirmed} loading={pending}>
          {pending ? 'Deleting…' : 'Delete template'}
        </Button>
      </DialogFooter>
    </form>
  );
}

/** The delete was refused for a build in flight: offer to cancel it here, for a role that may. */
function CancelBuildOffer({ template, onCancelled }: { template: BuildTarget; onCancelled: () => void }) {
  const cancel = useCancelInFlightBuild();
  const { access } = useTemplateAccess();
  // The row's copy may predate the build: ask with the state the refusal revealed.
  const allowed = access('cancel', { name: template.name, status: 'building' }).kind === 'ready';
  if (!allowed) return null;
  const failure = cancel.error
    ? describeTemplateActionFailure('cancel', cancel.error, template.name)
    : undefined;
  return (
    <div className="flex flex-col gap-2">
      <Button
        variant="secondary"
        className="self-start"
        loading={cancel.isPending}
        onClick={() =>
          // The copy of the template here may predate the build: look the build in flight up afresh.
          cancel.mutate(
            { ...template, latest_build_id: null },
            {
              onSuccess: () => {
                toast.success(`Cancelled the build of ${template.name}`);
                onCancelled();
              },
            },
          )
        }
      >
        {cancel.isPending ? 'Cancelling…' : 'Cancel the build'}
      </Button>
      <ActionError error={failure} />
    </div>
  );
}
