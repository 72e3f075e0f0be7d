import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';

import { AccountCard } from '@/components/account/account-card';
import { SignInForm } from '@/components/account/sign-in-form';
import { SsoSignIn } from '@/components/account/sso-sign-in';
import { Alert } from '@/components/ui/alert';
import { SETUP_PATH, safeNextPath } from '@/lib/access/next-path';
import { ssoProblem } from '@/lib/access/sso';
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
  const { settings, ...accounts } = await getConsole();
  if (!(await hasUsers(accounts))) redirect(SETUP_PATH);
  if (await actorFor(await headers())) redirect(next);
  // better-auth sends a failed single sign-on back here with ?error=<code>.
  const sso = settings.sso ? ssoProblem(first(params.error)) : undefined;
  return (
    <AccountCard
      title="Sign in to Sandbox Console"
      description="Use the account an admin of this dashboard gave you."
    >
      {sso ? (
        <Alert tone="danger" title={sso.title} className="mb-4">
          {sso.detail}
        </Alert>
      ) : null}
      <SignInForm next={next} notice={first(params.reason) === 'expired' ? EXPIRED : undefined} />
      {settings.sso ? <SsoSignIn next={next} providerName={settings.sso.providerName} /> : null}
    </AccountCard>
  );
}
