import { connection } from 'next/server';
import type { ReactNode } from 'react';

import { ActorProvider } from '@/components/account/actor-context';
import { PageMain } from '@/components/layout/page-main';
import { SiteHeader } from '@/components/layout/site-header';
import { requireActor } from '@/lib/auth/require';
import { getPublicConfig } from '@/lib/server/config';

/** Every page of the dashboard belongs to a signed-in person: without a session, this redirects to sign in. */
export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  // Read at request time, not at build time, so one build serves both local and remote mode.
  await connection();
  const config = getPublicConfig();
  const { name, email, role } = await requireActor();
  const actor = { name, email, role };
  return (
    <ActorProvider actor={actor}>
      <SiteHeader config={config} actor={actor} />
      <PageMain>{children}</PageMain>
    </ActorProvider>
  );
}
