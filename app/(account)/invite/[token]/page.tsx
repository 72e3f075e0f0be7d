import type { Metadata } from 'next';
import Link from 'next/link';

import { AccountCard } from '@/components/account/account-card';
import { InviteForm } from '@/components/account/invite-form';
import { buttonClasses } from '@/components/ui/button';
import { SIGN_IN_PATH } from '@/lib/access/next-path';
import { INVITE_PROBLEMS } from '@/lib/access/user-schemas';
import { inviteForPage } from '@/lib/auth/users-routes';

// The token is in this page's URL: no Referer for it, whatever the page links to.
export const metadata: Metadata = { title: 'Set your password', referrer: 'no-referrer' };

type InvitePageProps = { params: Promise<{ token: string }> };

/** A one-time invite link: open without a session, it lets the invited person choose their password once. */
export default async function InvitePage({ params }: InvitePageProps) {
  const { token } = await params;
  const invite = await inviteForPage(token);
  if (invite.state !== 'valid') {
    const problem = INVITE_PROBLEMS[invite.state];
    return (
      <AccountCard title={problem.title} description={problem.detail}>
        <Link href={SIGN_IN_PATH} className={buttonClasses({ variant: 'secondary', className: 'w-full' })}>
          Go to sign-in
        </Link>
      </AccountCard>
    );
  }
  return (
    <AccountCard
      title={`Welcome, ${invite.name}`}
      description="Choose a password to finish setting up your Sandbox Console account."
    >
      <InviteForm token={token} email={invite.email} />
    </AccountCard>
  );
}
