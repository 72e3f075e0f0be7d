'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { toast } from '@/components/ui/toast';
import { errorMessage, isApiError } from '@/lib/client/api-error';
import { useDeleteSandbox } from '@/lib/client/sandbox-actions';
import { actionErrorTitle, describeActionError } from '@/lib/sandbox/action-errors';
import { ActionError } from './action-error';
import { TrashIcon } from '@/components/ui/icons';

type DeleteSandboxDialogProps = { id: string; name: string; status: string };

/** Delete, confirmed by typing the sandbox's name: it cannot be undone, and the name is what people recognise. */
export function DeleteSandboxDialog({ id, name, status }: DeleteSandboxDialogProps) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const router = useRouter();
  const remove = useDeleteSandbox();
  const matches = typed === name;

  function onOpenChange(next: boolean) {
    if (remove.isPending) return; // the request is on its way; closing would hide its outcome
    setOpen(next);
    if (!next) {
      setTyped('');
      remove.reset();
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!matches) return;
    remove.mutate(id, {
      onSuccess: () => {
        setOpen(false);
        toast.success(`Deleted ${name}`);
        router.push('/sandboxes');
      },
    });
  }

  const error = remove.error
    ? isApiError(remove.error)
      ? describeActionError('delete', remove.error, status)
      : { title: actionErrorTitle('delete'), detail: errorMessage(remove.error) }
    : undefined;

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant="secondary" className="text-danger-text">
          <TrashIcon />
          Delete
        </Button>
      </DialogTrigger>
      <DialogContent
        title="Delete this sandbox?"
        description={
          <>
            This deletes <strong className="text-fg font-medium break-all">{name}</strong>, its files and its
            snapshot. It cannot be undone.
          </>
        }
      >
        <form noValidate onSubmit={submit} className="flex flex-col gap-4">
          <Field
            label={<>Type the sandbox’s name to confirm</>}
            hint={<code className="font-mono">{name}</code>}
          >
            <Input
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
              autoComplete="off"
              autoCapitalize="off"
              spellCheck={false}
              data-1p-ignore
              className="font-mono text-[13px]"
            />
          </Field>
          <ActionError error={error} />
          <DialogFooter className="mt-2">
            <DialogClose asChild>
              <Button variant="ghost" disabled={remove.isPending}>
                Cancel
              </Button>
            </DialogClose>
            <Button type="submit" variant="danger" disabled={!matches} loading={remove.isPending}>
              {remove.isPending ? 'Deleting…' : 'Delete sandbox'}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
