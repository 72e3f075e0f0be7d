import 'server-only';

import type { Role } from '@/lib/access/permissions';

import type { Auth } from './auth';
import { getConsole } from './index';

/** Who is asking: the signed-in person behind a request, as the proxy, the pages and the audit log need them. */
export type Actor = { id: string; email: string; name: string; role: Role | (string & {}) };

/** The signed-in person for these request headers (their session cookie), or null. Reads the database each time. */
export async function actorFor(headers: Headers): Promise<Actor | null> {
  const { auth } = await getConsole();
  return actorFromSession(auth, headers);
}

/** The same, with a given better-auth instance (tests, benchmarks). A disabled account has no session. */
export async function actorFromSession(auth: Auth, headers: Headers): Promise<Actor | null> {
  const session = await auth.api.getSession({ headers });
  if (!session || session.user.banned) return null;
  const { id, email, name, role } = session.user;
  return { id, email, name, role: role ?? '' };
}
