'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { MIN_PASSWORD_LENGTH } from '@/lib/access/account-schemas';
import { type ChangePasswordInput, ChangePasswordSchema } from '@/lib/access/user-schemas';
import { changePassword } from '@/lib/client/account';

/** Change one's own password: the current one proves it is them; better-auth checks and hashes. */
export function ChangePasswordForm({
  email,
  onOthersSignedOut,
}: {
  email: string;
  onOthersSignedOut: () => void;
}) {
  const [outcome, setOutcome] = useState<{ ok: true; others: boolean } | { ok: false; message: string }>();
  const form = useForm<ChangePasswordInput>({
    resolver: zodResolver(ChangePasswordSchema),
    defaultValues: { currentPassword: '', newPassword: '', confirm: '', signOutOthers: true },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setOutcome(undefined);
    const result = await changePassword(values);
    if (result.ok) {
      form.reset({ currentPassword: '', newPassword: '', confirm: '', signOutOthers: values.signOutOthers });
      setOutcome({ ok: true, others: values.signOutOthers });
      if (values.signOutOthers) onOthersSignedOut();
    } else if (result.field === 'currentPassword' || result.field === 'newPassword') {
      form.setError(result.field, { message: result.message }, { shouldFocus: true });
    } else {
      setOutcome({ ok: false, message: result.message });
    }
  });

  return (
    <form noValidate onSubmit={submit} className="flex max-w-md flex-col gap-4">
      {/* For password managers: which account this password belongs to. */}
      <input type="email" autoComplete="username" value={email} readOnly hidden />
      <Field label="Current password" error={errors.currentPassword?.message} required>
        <Input type="password" autoComplete="current-password" {...form.register('currentPassword')} />
      </Field>
      <Field
        label="New password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        error={errors.newPassword?.message}
        required
      >
        <Input type="password" autoComplete="new-password" {...form.register('newPassword')} />
      </Field>
      <Field label="Confirm new password" error={errors.confirm?.message} required>
        <Input type="password" autoComplete="new-password" {...form.register('confirm')} />
      </Field>
      <label className="flex items-start gap-3">
        <input type="checkbox" {...form.register('signOutOthers')} className="accent-accent mt-0.5 size-4" />
        <span className="text-fg text-sm">Also sign out of every other session</span>
      </label>
      {outcome?.ok ? (
        <Alert tone="success" live="polite" title="Password changed">
          {outcome.others
            ? 'Your other sessions have ended; this one carries on.'
            : 'Your other sessions carry on with it.'}
        </Alert>
      ) : outcome ? (
        <Alert tone="danger" live="polite" title="The password wasn’t changed">
          {outcome.message}
        </Alert>
      ) : null}
      <div>
        <Button type="submit" loading={isSubmitting}>
          Change password
        </Button>
      </div>
    </form>
  );
}
