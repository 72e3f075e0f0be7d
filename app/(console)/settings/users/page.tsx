import type { Metadata } from 'next';

import { AdminsOnly } from '@/components/users/admins-only';
import { UsersView } from '@/components/users/users-view';
import { actorMay } from '@/lib/auth/require';

export const metadata: Metadata = { title: 'Users' };

/** Admins manage people here; anyone else is told it is for admins (the endpoints refuse them anyway). */
export default async function UsersPage() {
  const { actor, allowed } = await actorMay('user.manage');
  if (!allowed) return <AdminsOnly what="manage users" />;
  return <UsersView selfId={actor.id} />;
}
