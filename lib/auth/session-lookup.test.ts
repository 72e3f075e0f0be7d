import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { ConsoleDb } from '@/lib/db/connect';
import { testDatabases } from '@/lib/db/test-databases';

import { findSessionOwner } from './session-lookup';
import { FIRST_ADMIN, firstAdmin, sessionHeaders, testAuth } from './test-accounts';

describe.each(testDatabases())('findSessionOwner on $name', ({ open }) => {
  let database: ConsoleDb;
  let done: () => Promise<void>;
  beforeEach(async () => ({ db: database, done } = await open()));
  afterEach(() => done());

  async function signedInToken() {
    const auth = testAuth(database);
    await firstAdmin({ auth, database });
    const headers = await sessionHeaders(auth, FIRST_ADMIN.email, FIRST_ADMIN.password);
    const cookie = headers.get('cookie')!;
    const token = decodeURIComponent(cookie.slice(cookie.indexOf('=') + 1)).split('.')[0]!;
    return { auth, token };
  }

  it("reads the same session and user as better-auth's own lookup", async () => {
    const { auth, token } = await signedInToken();
    const theirs = await (await auth.$context).internalAdapter.findSession(token);
    const ours = await findSessionOwner(database.db, token);
    expect(theirs).not.toBeNull();
    expect(ours).toEqual({
      expiresAt: new Date(theirs!.session.expiresAt).getTime(),
      user: {
        id: theirs!.user.id,
        email: FIRST_ADMIN.email,
        name: FIRST_ADMIN.name,
        role: 'admin',
        banned: false,
      },
    });
  });

  it('says when the user is disabled, as a boolean on either database', async () => {
    const { token } = await signedInToken();
    // Set in the row directly: disabling through better-auth also ends the sessions, so nothing would be left to read.
    await database.db
      .updateTable('user')
      .set({ banned: database.dialect === 'sqlite' ? 1 : true })
      .execute();
    expect((await findSessionOwner(database.db, token))?.user.banned).toBe(true);
  });

  it('finds nothing for an unknown token', async () => {
    await signedInToken();
    expect(await findSessionOwner(database.db, 'no-such-token')).toBeNull();
  });
});
