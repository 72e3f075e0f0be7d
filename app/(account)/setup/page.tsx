import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';

import { AccountCard } from '@/components/account/account-card';
import { SetupForm } from '@/components/account/setup-form';
import { SIGN_IN_PATH } from '@/lib/access/next-path';
import { getConsole } from '@/lib/auth';
import { hasUsers } from '@/lib/auth/setup';

export const metadata: Metadata = { title: 'Set up' };

/** First run: open only while nobody has an account, and closed for good once anyone does. */
export default async function SetupPage() {
  await connection(); // whether anyone exists is a fact of the running server, never of the build
  if (await hasUsers(await getConsole())) redirect(SIGN_IN_PATH);
  return (
    <AccountCard
      title="Set up Sandbox Console"
      description="Create the first administrator. They can then add everyone else, each with a role."
    >
      <SetupForm />
    </AccountCard>
  );
}
