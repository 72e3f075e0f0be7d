import type { ReactNode } from 'react';

import { ActorProvider } from '@/components/account/actor-context';
import { PageMain } from '@/components/layout/page-main';
import { SiteHeader } from '@/components/layout/site-header';
import { requireActor } from '@/lib/auth/require';

/** Every page of the dashboard belongs to a signed-in person: without a session, this redirects to sign in. */
export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const { name, email, role } = await requireActor();
  const actor = { name, email, role };
  return (
    <ActorProvider actor={actor}>
      <SiteHeader actor={actor} />
      <PageMain>{children}</PageMain>
    </ActorProvider>
  );
}
