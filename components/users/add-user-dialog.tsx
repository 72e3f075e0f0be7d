'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { type Path, useForm, type UseFormRegisterReturn, useWatch } from 'react-hook-form';

import { Button } from '@/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogFooter } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { toast } from '@/components/ui/toast';
import { MIN_PASSWORD_LENGTH } from '@/lib/access/account-schemas';
import { ROLES, roleLabel, type Role } from '@/lib/access/permissions';
import {
  type AddUserForm,
  AddUserFormSchema,
  type AddUserInput,
  type InviteLink,
} from '@/lib/access/user-schemas';
import { isApiError } from '@/lib/client/api-error';
import { useAddUser } from '@/lib/client/users';

import { ActionFailure } from './action-failure';
import { InviteLinkPanel } from './invite-link';

const EMPTY: AddUserForm = { access: 'invite', name: '', email: '', role: 'viewer', password: '' };

const ROLE_HINTS: Record<Role, string> = {
  viewer: 'Reads sandboxes, templates and build logs.',
  operator: 'Also creates, edits, pauses, resumes and deletes sandboxes, and runs commands.',
  admin: 'Also manages users and reads the audit log.',
};

/** "Add user": the dialog, and what it shows once done (the invite link, once). */
export function AddUserDialog({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const [invited, setInvited] = useState<{ name: string; invite: InviteLink } | null>(null);

  function change(next: boolean) {
    onOpenChange(next);
    if (!next) setInvited(null);
  }

  return (
    <Dialog open={open} onOpenChange={change}>
      {open ? (
        <DialogContent
          title={invited ? `${invited.name} is added` : 'Add user'}
          description={
            invited
              ? 'They set their own password with this link, then they are signed in.'
              : 'They get the role you choose, and sign in with a password of their own.'
          }
        >
          {invited ? (
            <>
              <InviteLinkPanel name={invited.name} invite={invited.invite} />
              <DialogFooter>
                <DialogClose asChild>
                  <Button>Done</Button>
                </DialogClose>
              </DialogFooter>
            </>
          ) : (
            <AddUserFields onInvited={setInvited} onAdded={() => change(false)} />
          )}
        </DialogContent>
      ) : null}
    </Dialog>
  );
}

function AddUserFields({
  onInvited,
  onAdded,
}: {
  onInvited: (invited: { name: string; invite: InviteLink }) => void;
  onAdded: () => void;
}) {
  const add = useAddUser();
  const form = useForm<AddUserForm, unknown, AddUserInput>({
    resolver: zodResolver(AddUserFormSchema),
    defaultValues: EMPTY,
  });
  const { errors, isSubmitting } = form.formState;
  const access = useWatch({ control: form.control, name: 'access' });
  const role = useWatch({ control: form.control, name: 'role' });

  const submit = form.handleSubmit(async (input) => {
    add.reset();
    try {
      const { user, invite } = await add.mutateAsync(input);
      if (invite) onInvited({ name: user.name, invite });
      else {
        toast.success(`Added ${user.name} as ${roleLabel(input.role).toLowerCase()}`);
        onAdded();
      }
    } catch (error) {
      // A field the server named (a taken email) goes next to that field; anything else above the buttons.
      const field = isApiError(error) ? error.fields[0] : undefined;
      if (field && field.path in EMPTY) {
        form.setError(field.path as Path<AddUserForm>, { message: field.message }, { shouldFocus: true });
        add.reset();
      }
    }
  });

  const failure =
    add.error && !(isApiError(add.error) && add.error.fields.length) ? add.error.message : undefined;

  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-4">
      <Field label="Name" error={errors.name?.message} required>
        <Input autoComplete="off" {...form.register('name')} />
      </Field>
      <Field label="Email" error={errors.email?.message} required>
        <Input type="email" autoComplete="off" {...form.register('email')} />
      </Field>
      <Field label="Role" hint={ROLE_HINTS[role]} error={errors.role?.message} required>
        <Select {...form.register('role')}>
          {ROLES.map((value) => (
            <option key={value} value={value}>
              {roleLabel(value)}
            </option>
          ))}
        </Select>
      </Field>
      <fieldset className="flex flex-col gap-2">
        <legend className="text-fg mb-1.5 text-sm font-medium">How they get in</legend>
        <AccessChoice
          value="invite"
          title="Send an invite link"
          detail="A one-time link, valid for 7 days, shown once. They choose their own password."
          register={form.register('access')}
        />
        <AccessChoice
          value="password"
          title="Set a first password"
          detail="You pass it on; they can change it on their account page."
          register={form.register('access')}
        />
      </fieldset>
      {access === 'password' ? (
        <Field
          label="First password"
          hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
          error={errors.password?.message}
          required
        >
          <Input type="password" autoComplete="new-password" {...form.register('password')} />
        </Field>
      ) : null}
      <ActionFailure title="The user wasn’t added" message={failure} />
      <DialogFooter className="mt-2">
        <DialogClose asChild>
          <Button variant="secondary" disabled={isSubmitting}>
            Cancel
          </Button>
        </DialogClose>
        <Button type="submit" loading={isSubmitting}>
          {access === 'invite' ? 'Add and make link' : 'Add user'}
        </Button>
      </DialogFooter>
    </form>
  );
}

function AccessChoice({
  value,
  title,
  detail,
  register,
}: {
  value: AddUserForm['access'];
  title: string;
  detail: string;
  register: UseFormRegisterReturn<'access'>;
}) {
  return (
    <label className="border-line has-[:checked]:border-accent has-[:checked]:bg-accent-soft/40 rounded-control flex items-start gap-3 border px-3 py-2.5">
      <input type="radio" value={value} {...register} className="accent-accent mt-0.5 size-4" />
      <span className="flex flex-col">
        <span className="text-fg text-sm font-medium">{title}</span>
        <span className="text-fg-muted text-xs">{detail}</span>
      </span>
    </label>
  );
}
