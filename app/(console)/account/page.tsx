import type { Metadata } from 'next';

import { AccountView } from '@/components/account/account-view';
import { requireActor } from '@/lib/auth/require';

export const metadata: Metadata = { title: 'Your account' };

/** Every signed-in role: change one's password, sign out here or everywhere else. */
export default async function AccountPage() {
  const { name, email, role } = await requireActor();
  return <AccountView actor={{ name, email, role }} />;
}
