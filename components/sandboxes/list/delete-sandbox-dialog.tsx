'use client';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogFooter } from '@/components/ui/dialog';
import { toast } from '@/components/ui/toast';
import { useDeleteSandbox } from '@/lib/client/sandbox-actions';
import type { SandboxListItem } from '@/lib/contract';
import { actionErrorMessage } from './action-errors';

type DeleteSandboxDialogProps = {
  sandbox: Pick<SandboxListItem, 'id' | 'name'>;
  open: boolean;
  onOpenChange: (open: boolean) => void;
};

/** A row's delete: one sandbox, confirmed with a button; the error stays in the dialog, next to the action. */
export function DeleteSandboxDialog({ sandbox, open, onOpenChange }: DeleteSandboxDialogProps) {
  const remove = useDeleteSandbox();

  function confirm() {
    remove.mutate(sandbox.id, {
      onSuccess: () => {
        onOpenChange(false);
        toast.success(`Deleted ${sandbox.name}`);
      },
    });
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) remove.reset();
        onOpenChange(next);
      }}
    >
      <DialogContent
        size="sm"
        title={`Delete ${sandbox.name}?`}
        description="The sandbox, its filesystem and its snapshot are removed for good. This cannot be undone."
      >
        {remove.isError ? (
          <Alert tone="danger" live="polite" title="Couldn't delete the sandbox">
            {actionErrorMessage(remove.error, 'delete')}
          </Alert>
        ) : null}
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="secondary">Cancel</Button>
          </DialogClose>
          <Button variant="danger" onClick={confirm} loading={remove.isPending}>
            Delete sandbox
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
