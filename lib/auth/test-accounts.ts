/**
 * For account tests: better-auth on a test database, signing in as a browser would, and adding people. Not a
 * test file itself, and never imported by the app.
 */
import { expect } from 'vitest';

import type { ConsoleDb } from '@/lib/db/connect';
import type { Role } from '@/lib/access/permissions';

import { type Auth, createAuth } from './auth';
import { createFirstAdmin } from './setup';
import { addUser } from './user-admin';

export type TestAccounts = { auth: Auth; database: ConsoleDb };

export function testAuth(database: ConsoleDb): Auth {
  // A generous sign-in limit: these tests sign in many times from one address.
  return createAuth({
    database,
    secret: 's'.repeat(40),
    publicUrl: 'http://localhost',
    sessionDays: 7,
    signInRateLimit: 1000,
  });
}

export const FIRST_ADMIN = { name: 'Ada', email: 'ada@example.com', password: 'ada-password-123' };

export async function signInStatus(auth: Auth, email: string, password: string): Promise<number> {
  return (await signInResponse(auth, email, password)).status;
}

function signInResponse(auth: Auth, email: string, password: string): Promise<Response> {
  return auth.handler(
    new Request('http://localhost/api/auth/sign-in/email', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost' },
      body: JSON.stringify({ email, password }),
    }),
  );
}

/** Signs in and returns request headers carrying the session cookie, as the browser would send them. */
export async function sessionHeaders(auth: Auth, email: string, password: string): Promise<Headers> {
  const response = await signInResponse(auth, email, password);
  expect(response.status, `sign-in as ${email}`).toBe(200);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  return new Headers({ cookie, origin: 'http://localhost' });
}

/** The first admin, created like first-run setup does; returns their id. */
export async function firstAdmin(accounts: TestAccounts): Promise<string> {
  const outcome = await createFirstAdmin(accounts, FIRST_ADMIN);
  if (!outcome.ok) throw new Error(`setup failed: ${JSON.stringify(outcome)}`);
  return outcome.userId;
}

/** Adds someone with a password, as `npm run users -- add` would; returns their id. */
export async function addPerson(accounts: TestAccounts, name: string, role: Role): Promise<string> {
  const outcome = await addUser(
    accounts,
    { kind: 'system' },
    { access: 'password', name, email: emailOf(name), role, password: passwordOf(name) },
  );
  if (!outcome.ok) throw new Error(`add ${name} failed: ${outcome.message}`);
  return outcome.value.user.id;
}

export const emailOf = (name: string) => `${name.toLowerCase()}@example.com`;
export const passwordOf = (name: string) => `${name.toLowerCase()}-password-123`;
