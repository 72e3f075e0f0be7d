import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';

import { AccountCard } from '@/components/account/account-card';
import { SignInForm } from '@/components/account/sign-in-form';
import { SETUP_PATH, safeNextPath } from '@/lib/access/next-path';
import { getConsole } from '@/lib/auth';
import { actorFor } from '@/lib/auth/actor';
import { hasUsers } from '@/lib/auth/setup';

export const metadata: Metadata = { title: 'Sign in' };

type SignInPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

const EXPIRED = {
  title: 'Your session has ended',
  detail: 'Sign in again to go back to where you were. Unsaved form entries are kept.',
};

export default async function SignInPage({ searchParams }: SignInPageProps) {
  const params = await searchParams;
  const next = safeNextPath(first(params.next));
  if (!(await hasUsers(await getConsole()))) redirect(SETUP_PATH);
  if (await actorFor(await headers())) redirect(next);
  return (
    <AccountCard
      title="Sign in to Sandbox Console"
      description="Use the account an admin of this dashboard gave you."
    >
      <SignInForm next={next} notice={first(params.reason) === 'expired' ? EXPIRED : undefined} />
    </AccountCard>
  );
}
