'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useCan } from '@/components/account/actor-context';
import { Menu, MenuContent, MenuItem, MenuSeparator, MenuTrigger } from '@/components/ui/menu';
import { RowMenuButton } from '@/components/ui/row-menu-button';
import { toast } from '@/components/ui/toast';
import { usePauseSandbox, useResumeSandbox } from '@/lib/client/sandbox-actions';
import type { SandboxListItem } from '@/lib/contract';
import { LIFECYCLE_WORDS, describeActionFailure, failureTitle, waitingLabel } from '@/lib/sandbox/actions';
import { DeleteSandboxDialog } from '../delete-sandbox-dialog';
import { useSandboxAccess } from '../use-sandbox-access';
import { sandboxHref } from './row-cells';

/** Where the create form starts as a copy of this sandbox (the form reads `from`). */
export function cloneHref(id: string): string {
  return `/sandboxes/new?from=${encodeURIComponent(id)}`;
}

/**
 * A row's menu (Radix: arrows, typeahead, Escape, focus back on the trigger). Pause or resume appear only when
 * the state allows them; a row between states shows what it is waiting for instead. Pause, resume, clone and
 * delete appear only for a role that may use them: a viewer's menu opens the sandbox and nothing else. Loaded
 * by RowActions the first time its button is pressed, and mounted open.
 */
export function RowActionsMenu({ sandbox }: { sandbox: SandboxListItem }) {
  const router = useRouter();
  const pause = usePauseSandbox();
  const resume = useResumeSandbox();
  const [deleting, setDeleting] = useState(false);
  const { access } = useSandboxAccess();
  const canClone = useCan('sandbox.create');
  const busy = pause.isPending || resume.isPending;
  const waiting = waitingLabel(sandbox.status);

  const run = (action: 'pause' | 'resume') => {
    const mutation = action === 'pause' ? pause : resume;
    // The row's status is the one the click was made on: a 409 then reads "It is no longer active".
    const status = sandbox.status;
    mutation.mutate(sandbox.id, {
      onError: (error) =>
        toast.error(failureTitle(action, sandbox.name), describeActionFailure(action, error, status).detail),
    });
  };

  return (
    <>
      <Menu defaultOpen>
        <MenuTrigger asChild>
          <RowMenuButton name={sandbox.name} busy={busy} />
        </MenuTrigger>
        <MenuContent>
          <MenuItem onSelect={() => router.push(sandboxHref(sandbox.id))}>Open</MenuItem>
          {(['pause', 'resume'] as const).map((action) =>
            access(action, sandbox.status).kind === 'ready' ? (
              <MenuItem key={action} disabled={busy} onSelect={() => run(action)}>
                {LIFECYCLE_WORDS[action].verb}
              </MenuItem>
            ) : null,
          )}
          {waiting ? <MenuItem disabled>{waiting}</MenuItem> : null}
          {canClone ? <MenuItem onSelect={() => router.push(cloneHref(sandbox.id))}>Clone</MenuItem> : null}
          {access('delete', sandbox.status).kind === 'ready' ? (
            <>
              <MenuSeparator />
              <MenuItem tone="danger" onSelect={() => setDeleting(true)}>
                {LIFECYCLE_WORDS.delete.verb}…
              </MenuItem>
            </>
          ) : null}
        </MenuContent>
      </Menu>
      {/* Mounted only when asked for: 200 rows need not each carry a dialog and a delete mutation. */}
      {deleting ? <DeleteSandboxDialog target={sandbox} onClose={() => setDeleting(false)} /> : null}
    </>
  );
}
