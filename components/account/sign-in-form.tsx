'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { type SignInInput, SignInSchema } from '@/lib/access/account-schemas';
import { signIn } from '@/lib/client/account';

/**
 * Email and password. On success the whole page is loaded anew at `next` (already checked to be one of ours), so
 * the header and every server component render for the signed-in person.
 */
export function SignInForm({ next, notice }: { next: string; notice?: { title: string; detail: string } }) {
  const [failure, setFailure] = useState<string>();
  const form = useForm<SignInInput>({
    resolver: zodResolver(SignInSchema),
    defaultValues: { email: '', password: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    const result = await signIn(values);
    if (result.ok) window.location.assign(next);
    else {
      setFailure(result.message);
      form.setFocus('password');
    }
  });

  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-4">
      {notice && !failure ? (
        <Alert tone="info" title={notice.title}>
          {notice.detail}
        </Alert>
      ) : null}
      {failure ? (
        <Alert tone="danger" live="polite" title="Couldn’t sign in">
          {failure}
        </Alert>
      ) : null}
      <Field label="Email" error={errors.email?.message} required>
        {/* The page exists for this form alone: starting in its first field is what a person expects. */}
        {/* eslint-disable-next-line jsx-a11y/no-autofocus */}
        <Input type="email" autoComplete="username" autoFocus {...form.register('email')} />
      </Field>
      <Field label="Password" error={errors.password?.message} required>
        <Input type="password" autoComplete="current-password" {...form.register('password')} />
      </Field>
      <Button type="submit" loading={isSubmitting} className="mt-1 w-full">
        Sign in
      </Button>
    </form>
  );
}
