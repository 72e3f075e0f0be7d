'use client';

import { useState, type FormEvent } from 'react';

import { Button } from '@/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogFooter } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import { toast } from '@/components/ui/toast';
import { isRole, ROLES, roleLabel, type Role } from '@/lib/access/permissions';
import { refusalFor, type UserChange } from '@/lib/access/user-rules';
import type { InviteLink, UserSummary } from '@/lib/access/user-schemas';
import { useDeleteUser, useNewInvite, useUpdateUser } from '@/lib/client/users';

import { ActionFailure } from './action-failure';
import { InviteLinkPanel } from './invite-link';

export type UserAction = 'role' | 'disable' | 'enable' | 'delete' | 'invite';

type Copy = { title: string; description: string; confirm: string; busy: string; failed: string };

function copyFor(action: UserAction, name: string): Copy {
  switch (action) {
    case 'role':
      return {
        title: `Change ${name}’s role`,
        description: 'It applies on their next click, wherever they are signed in.',
        confirm: 'Change role',
        busy: 'Changing…',
        failed: 'The role wasn’t changed',
      };
    case 'disable':
      return {
        title: `Disable ${name}?`,
        description:
          'Their sessions end at once, everywhere, and they can’t sign in until an admin enables them.',
        confirm: 'Disable user',
        busy: 'Disabling…',
        failed: 'The user wasn’t disabled',
      };
    case 'enable':
      return {
        title: `Enable ${name}?`,
        description: 'They can sign in again, with the role they had.',
        confirm: 'Enable user',
        busy: 'Enabling…',
        failed: 'The user wasn’t enabled',
      };
    case 'delete':
      return {
        title: `Delete ${name}?`,
        description: 'Their account, password and sessions are removed for good. This cannot be undone.',
        confirm: 'Delete user',
        busy: 'Deleting…',
        failed: 'The user wasn’t deleted',
      };
    case 'invite':
      return {
        title: `New invite link for ${name}`,
        description:
          'Any unused link of theirs stops working. Opening this one lets them choose a password (a new one, if they had one) and ends their other sessions.',
        confirm: 'Make link',
        busy: 'Making…',
        failed: 'No link was made',
      };
  }
}

type UserActionDialogProps = {
  target: { action: UserAction; user: UserSummary } | null;
  users: readonly UserSummary[];
  selfId: string;
  onClose: () => void;
};

/**
 * One dialog for every action on a user: it explains before anyone clicks when the rules forbid the action (the
 * same rules the server applies), shows the server's refusal next to the button, and closes on success.
 */
export function UserActionDialog({ target, users, selfId, onClose }: UserActionDialogProps) {
  const update = useUpdateUser();
  const remove = useDeleteUser();
  const invite = useNewInvite();
  const pending = update.isPending || remove.isPending || invite.isPending;

  function reset() {
    update.reset();
    remove.reset();
    invite.reset();
  }

  function onOpenChange(open: boolean) {
    if (open || pending) return; // on its way: closing would hide the outcome
    reset();
    onClose();
  }

  const copy = target ? copyFor(target.action, target.user.name) : null;
  return (
    <Dialog open={target !== null} onOpenChange={onOpenChange}>
      {target && copy ? (
        <DialogContent title={copy.title} description={copy.description}>
          {target.action === 'invite' && invite.data ? (
            <MadeLink name={target.user.name} invite={invite.data.invite} />
          ) : (
            <ActionForm
              key={`${target.action}:${target.user.id}`}
              action={target.action}
              user={target.user}
              users={users}
              selfId={selfId}
              copy={copy}
              pending={pending}
              error={(update.error ?? remove.error ?? invite.error)?.message}
              onSubmit={(role) => {
                reset();
                const { id, name } = target.user;
                const done = (message: string) => () => {
                  toast.success(message);
                  onClose();
                };
                if (target.action === 'role' && role) {
                  const label = roleLabel(role).toLowerCase();
                  update.mutate(
                    { id, change: { role } },
                    { onSuccess: done(`${name} is now ${label === 'admin' ? 'an' : 'a'} ${label}`) },
                  );
                } else if (target.action === 'disable' || target.action === 'enable') {
                  const status = target.action === 'disable' ? 'disabled' : 'active';
                  update.mutate(
                    { id, change: { status } },
                    { onSuccess: done(`${name} is ${target.action === 'disable' ? 'disabled' : 'enabled'}`) },
                  );
                } else if (target.action === 'delete') {
                  remove.mutate(id, { onSuccess: done(`Deleted ${name}`) });
                } else if (target.action === 'invite') {
                  invite.mutate(id);
                }
              }}
            />
          )}
        </DialogContent>
      ) : null}
    </Dialog>
  );
}

function MadeLink({ name, invite }: { name: string; invite: InviteLink }) {
  return (
    <>
      <InviteLinkPanel name={name} invite={invite} />
      <DialogFooter>
        <DialogClose asChild>
          <Button>Done</Button>
        </DialogClose>
      </DialogFooter>
    </>
  );
}

const CHANGE: Record<Exclude<UserAction, 'role' | 'invite'>, UserChange> = {
  disable: { kind: 'disable' },
  enable: { kind: 'enable' },
  delete: { kind: 'delete' },
};

type ActionFormProps = {
  action: UserAction;
  user: UserSummary;
  users: readonly UserSummary[];
  selfId: string;
  copy: Copy;
  pending: boolean;
  error: string | undefined;
  onSubmit: (role?: Role) => void;
};

function ActionForm({ action, user, users, selfId, copy, pending, error, onSubmit }: ActionFormProps) {
  const [role, setRole] = useState<Role>(isRole(user.role) ? user.role : 'viewer');
  const change: UserChange | null =
    action === 'role' ? { kind: 'role', role } : action === 'invite' ? null : CHANGE[action];
  const activeAdmins = users.filter((other) => other.role === 'admin' && other.status !== 'disabled').length;
  const subject = { id: user.id, name: user.name, role: user.role, disabled: user.status === 'disabled' };
  const refusal = change ? refusalFor({ actorId: selfId, target: subject, change, activeAdmins }) : null;
  const unchanged = action === 'role' && role === user.role;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!refusal && !unchanged && !pending) onSubmit(action === 'role' ? role : undefined);
  }

  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-4">
      {action === 'role' ? (
        <Field label="Role">
          <Select value={role} onChange={(event) => setRole(event.target.value as Role)} disabled={pending}>
            {ROLES.map((value) => (
              <option key={value} value={value}>
                {roleLabel(value)}
                {value === user.role ? ' (current)' : ''}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      {refusal ? (
        <ActionFailure title="Not allowed" message={refusal.message} />
      ) : (
        <ActionFailure title={copy.failed} message={error} />
      )}
      <DialogFooter className="mt-2">
        <DialogClose asChild>
          <Button variant="secondary" disabled={pending}>
            Cancel
          </Button>
        </DialogClose>
        <Button
          type="submit"
          variant={action === 'disable' || action === 'delete' ? 'danger' : 'primary'}
          disabled={Boolean(refusal) || unchanged}
          loading={pending}
        >
          {pending ? copy.busy : copy.confirm}
        </Button>
      </DialogFooter>
    </form>
  );
}
