'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { MIN_PASSWORD_LENGTH } from '@/lib/access/account-schemas';
import { type SetPasswordFormInput, SetPasswordFormSchema } from '@/lib/access/user-schemas';
import { errorMessage, isApiError } from '@/lib/client/api-error';
import { signIn } from '@/lib/client/account';
import { acceptInvite } from '@/lib/client/users';

/**
 * The invited person chooses their password, then is signed in with it (better-auth's own sign-in) and lands
 * on the dashboard with the role the admin gave them.
 */
export function InviteForm({ token, email }: { token: string; email: string }) {
  const [failure, setFailure] = useState<string>();
  const form = useForm<SetPasswordFormInput>({
    resolver: zodResolver(SetPasswordFormSchema),
    defaultValues: { password: '', confirm: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async ({ password }) => {
    setFailure(undefined);
    try {
      await acceptInvite(token, password);
    } catch (error) {
      const field = isApiError(error) ? error.fields.find((item) => item.path === 'password') : undefined;
      if (field) form.setError('password', { message: field.message }, { shouldFocus: true });
      else setFailure(errorMessage(error));
      return;
    }
    const signedIn = await signIn({ email, password });
    // The password is set either way; if signing in hit a limit, the sign-in page takes it from here.
    window.location.assign(signedIn.ok ? '/sandboxes' : '/sign-in');
  });

  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-4">
      {failure ? (
        <Alert tone="danger" live="polite" title="Your password wasn’t set">
          {failure}
        </Alert>
      ) : null}
      <Field label="Email">
        <Input type="email" autoComplete="username" value={email} readOnly />
      </Field>
      <Field
        label="Password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        error={errors.password?.message}
        required
      >
        {/* The page exists for this form alone: starting in its first field is what a person expects. */}
        {/* eslint-disable-next-line jsx-a11y/no-autofocus */}
        <Input type="password" autoComplete="new-password" autoFocus {...form.register('password')} />
      </Field>
      <Field label="Confirm password" error={errors.confirm?.message} required>
        <Input type="password" autoComplete="new-password" {...form.register('confirm')} />
      </Field>
      <Button type="submit" loading={isSubmitting} className="mt-1 w-full">
        Set password and sign in
      </Button>
    </form>
  );
}
