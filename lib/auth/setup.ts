import 'server-only';

import type { Auth } from './auth';
import type { ConsoleDb } from '@/lib/db/connect';

type Accounts = { auth: Auth; database: ConsoleDb };

export type FirstAdmin = { name: string; email: string; password: string };

export type SetupOutcome =
  | { ok: true; userId: string }
  | { ok: false; reason: 'closed' }
  | { ok: false; reason: 'invalid'; message: string };

/** Whether anyone can sign in yet: first-run setup is open only while this is false. */
export async function hasUsers({ database }: Pick<Accounts, 'database'>): Promise<boolean> {
  const row = await database.db.selectFrom('user').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

/**
 * Creates the first administrator, once. Two setups sent at the same moment both see "no users", so the one
 * that wins is decided by the database: inserting the single setup_claim row. The loser gets `closed`. If
 * creating the user then fails (a password better-auth refuses), the claim is released so setup can be tried again.
 */
export async function createFirstAdmin(accounts: Accounts, admin: FirstAdmin): Promise<SetupOutcome> {
  const { database, auth } = accounts;
  if (await hasUsers(accounts)) return { ok: false, reason: 'closed' };
  try {
    await database.db.insertInto('setup_claim').values({ id: 1, claimed_at: Date.now() }).execute();
  } catch {
    return { ok: false, reason: 'closed' };
  }
  try {
    const { user } = await auth.api.createUser({
      body: { name: admin.name, email: admin.email, password: admin.password, role: 'admin' },
    });
    return { ok: true, userId: user.id };
  } catch (error) {
    await database.db.deleteFrom('setup_claim').where('id', '=', 1).execute();
    const message = error instanceof Error ? error.message : 'The administrator could not be created.';
    return { ok: false, reason: 'invalid', message };
  }
}
