'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { MIN_PASSWORD_LENGTH, type SetupInput, SetupSchema } from '@/lib/access/account-schemas';
import { runSetup, signIn } from '@/lib/client/account';

/** Creates the first administrator, then signs them in and opens the dashboard. */
export function SetupForm() {
  const [failure, setFailure] = useState<string>();
  const form = useForm<SetupInput>({
    resolver: zodResolver(SetupSchema),
    defaultValues: { name: '', email: '', password: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    const created = await runSetup(values);
    if (!created.ok) {
      setFailure(created.message);
      return;
    }
    const signedIn = await signIn({ email: values.email, password: values.password });
    // Created but not signed in (say, the rate limit): the sign-in page takes it from here.
    window.location.assign(signedIn.ok ? '/sandboxes' : '/sign-in');
  });

  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-4">
      {failure ? (
        <Alert tone="danger" live="polite" title="Setup didn’t finish">
          {failure}
        </Alert>
      ) : null}
      <Field label="Name" error={errors.name?.message} required>
        {/* The page exists for this form alone: starting in its first field is what a person expects. */}
        {/* eslint-disable-next-line jsx-a11y/no-autofocus */}
        <Input autoComplete="name" autoFocus {...form.register('name')} />
      </Field>
      <Field label="Email" error={errors.email?.message} required>
        <Input type="email" autoComplete="username" {...form.register('email')} />
      </Field>
      <Field
        label="Password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        error={errors.password?.message}
        required
      >
        <Input type="password" autoComplete="new-password" {...form.register('password')} />
      </Field>
      <Button type="submit" loading={isSubmitting} className="mt-1 w-full">
        Create administrator
      </Button>
    </form>
  );
}
