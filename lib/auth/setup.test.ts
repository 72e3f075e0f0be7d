import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { type ConsoleDb, openConsoleDb } from '@/lib/db/connect';

import { type Auth, createAuth } from './auth';
import { createFirstAdmin, hasUsers } from './setup';

let dataDir: string;
let database: ConsoleDb;
let auth: Auth;

beforeEach(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'console-auth-'));
  database = await openConsoleDb({ dataDir });
  auth = createAuth({ database, secret: 's'.repeat(40), sessionDays: 7 });
});

afterEach(async () => {
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const admin = { name: 'Ada', email: 'ada@example.com', password: 'correct horse battery' };

describe('first-run setup', () => {
  it('creates one admin who can then sign in', async () => {
    expect(await hasUsers({ database })).toBe(false);
    const outcome = await createFirstAdmin({ auth, database }, admin);
    expect(outcome.ok).toBe(true);
    const response = await auth.handler(
      new Request('http://localhost/api/auth/sign-in/email', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'http://localhost' },
        body: JSON.stringify({ email: admin.email, password: admin.password }),
      }),
    );
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/console\.session_token=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const session = await auth.api.getSession({ headers: new Headers({ cookie: cookie.split(';')[0]! }) });
    expect(session?.user).toMatchObject({ email: admin.email, role: 'admin' });
  });

  it('lets only one of two simultaneous setups through', async () => {
    const outcomes = await Promise.all([
      createFirstAdmin({ auth, database }, admin),
      createFirstAdmin({ auth, database }, { ...admin, email: 'bob@example.com' }),
    ]);
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
    expect(outcomes.filter((outcome) => !outcome.ok)).toEqual([{ ok: false, reason: 'closed' }]);
    const users = await database.db.selectFrom('user').select('email').execute();
    expect(users).toHaveLength(1);
  });

  it('is closed for good once a user exists', async () => {
    await createFirstAdmin({ auth, database }, admin);
    expect(await createFirstAdmin({ auth, database }, { ...admin, email: 'eve@example.com' })).toEqual({
      ok: false,
      reason: 'closed',
    });
  });
});
