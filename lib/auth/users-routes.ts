import 'server-only';

import { actorFromSession } from './actor';
import { getConsole } from './index';
import type { UsersApiDeps } from './users-api';

/** The process's accounts for the Users endpoints (app/api/console/users, app/api/console/invites). */
export async function usersApiDeps(): Promise<UsersApiDeps> {
  const { auth, database } = await getConsole();
  return { accounts: { auth, database }, actorOf: (headers) => actorFromSession(auth, headers) };
}
