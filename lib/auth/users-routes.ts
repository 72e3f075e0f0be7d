import 'server-only';

import { actorFromSession } from './actor';
import { getConsole } from './index';
import { findInvite, type InviteState } from './invites';
import type { UsersApiDeps } from './users-api';

/** The process's accounts for the Users endpoints (app/api/console/users, app/api/console/invites). */
export async function usersApiDeps(): Promise<UsersApiDeps> {
  const { auth, database, settings } = await getConsole();
  return {
    accounts: { auth, database },
    actorOf: (headers) => actorFromSession(auth, headers),
    publicOrigin: settings.publicUrl,
  };
}

/** What an invite link is worth right now, for the invite page. */
export async function inviteForPage(token: string): Promise<InviteState> {
  const { database } = await getConsole();
  return findInvite(database, token);
}
