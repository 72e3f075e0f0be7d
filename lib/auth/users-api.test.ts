import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { ConsoleDb } from '@/lib/db/connect';
import { testDatabases } from '@/lib/db/test-databases';

import { actorFromSession } from './actor';
import {
  addPerson,
  emailOf,
  FIRST_ADMIN,
  firstAdmin,
  passwordOf,
  sessionHeaders,
  signInStatus,
  testAuth,
  type TestAccounts,
} from './test-accounts';
import {
  acceptInviteResponse,
  addUserResponse,
  deleteUserResponse,
  listUsersResponse,
  newInviteResponse,
  updateUserResponse,
  type UsersApiDeps,
} from './users-api';

type Call = (headers: Headers) => Promise<Response>;

function request(method: string, headers: Headers, body?: unknown): Request {
  const all = new Headers(headers);
  if (body !== undefined) all.set('content-type', 'application/json');
  return new Request('http://localhost/api/console/users', {
    method,
    headers: all,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

describe.each(testDatabases())('the Users endpoints on $name', ({ open }) => {
  let database: ConsoleDb;
  let accounts: TestAccounts;
  let deps: UsersApiDeps;
  let done: () => Promise<void>;
  let adaId: string;
  let ottoId: string;
  const as: Record<'admin' | 'operator' | 'viewer' | 'nobody', Headers> = {
    admin: new Headers(),
    operator: new Headers(),
    viewer: new Headers(),
    nobody: new Headers({ origin: 'http://localhost' }),
  };

  beforeEach(async () => {
    ({ db: database, done } = await open());
    accounts = { auth: testAuth(database), database };
    deps = { accounts, actorOf: (headers) => actorFromSession(accounts.auth, headers) };
    adaId = await firstAdmin(accounts);
    ottoId = await addPerson(accounts, 'Otto', 'operator');
    await addPerson(accounts, 'Vera', 'viewer');
    as.admin = await sessionHeaders(accounts.auth, FIRST_ADMIN.email, FIRST_ADMIN.password);
    as.operator = await sessionHeaders(accounts.auth, emailOf('Otto'), passwordOf('Otto'));
    as.viewer = await sessionHeaders(accounts.auth, emailOf('Vera'), passwordOf('Vera'));
  });
  afterEach(() => done());

  const calls = (): Record<string, Call> => ({
    'GET /users': (headers) => listUsersResponse(request('GET', headers), deps),
    'POST /users': (headers) =>
      addUserResponse(
        request('POST', headers, {
          access: 'invite',
          name: 'Ivan',
          email: 'ivan@example.com',
          role: 'viewer',
        }),
        deps,
      ),
    'PATCH /users/:id': (headers) =>
      updateUserResponse(request('PATCH', headers, { role: 'viewer' }), ottoId, deps),
    'DELETE /users/:id': (headers) => deleteUserResponse(request('DELETE', headers), ottoId, deps),
    'POST /users/:id/invite': (headers) => newInviteResponse(request('POST', headers), ottoId, deps),
  });

  it('answer 401 without a session and 403 to operators and viewers, changing nothing', async () => {
    for (const [name, call] of Object.entries(calls())) {
      const none = await call(as.nobody);
      expect(none.status, name).toBe(401);
      expect(await none.json()).toEqual({
        error: { code: 'unauthenticated', message: 'Sign in to manage users.' },
      });
      for (const role of ['operator', 'viewer'] as const) {
        const refused = await call(as[role]);
        expect(refused.status, `${name} as ${role}`).toBe(403);
        expect(await refused.json()).toEqual({
          error: {
            code: 'forbidden',
            message: `${role === 'viewer' ? 'Viewers' : 'Operators'} can't manage users. Ask an admin for the admin role.`,
          },
        });
      }
    }
    const users = await (await listUsersResponse(request('GET', as.admin), deps)).json();
    expect(users.users.map((user: { email: string; role: string }) => `${user.email} ${user.role}`)).toEqual([
      'ada@example.com admin',
      'otto@example.com operator',
      'vera@example.com viewer',
    ]);
  });

  it('refuse a write from another site', async () => {
    const headers = new Headers(as.admin);
    headers.set('origin', 'https://evil.example');
    for (const [name, call] of Object.entries(calls())) {
      if (name.startsWith('GET')) continue;
      expect((await call(headers)).status, name).toBe(403);
    }
    expect((await listUsersResponse(request('GET', headers), deps)).status).toBe(200);
  });

  it('let an admin add, change, disable, enable and delete', async () => {
    const added = await addUserResponse(
      request('POST', as.admin, {
        access: 'password',
        name: 'Pat',
        email: 'PAT@example.com ',
        role: 'operator',
        password: 'pats-password-12',
      }),
      deps,
    );
    expect(added.status).toBe(201);
    const { user } = await added.json();
    expect(user).toMatchObject({ email: 'pat@example.com', role: 'operator', status: 'active' });
    expect(await signInStatus(accounts.auth, 'pat@example.com', 'pats-password-12')).toBe(200);

    const patch = (body: unknown) => updateUserResponse(request('PATCH', as.admin, body), user.id, deps);
    const role = await patch({ role: 'viewer' });
    expect(role.status).toBe(200);
    expect((await role.json()).user).toMatchObject({ role: 'viewer' });
    expect((await (await patch({ status: 'disabled' })).json()).user).toMatchObject({ status: 'disabled' });
    expect((await (await patch({ status: 'active' })).json()).user).toMatchObject({ status: 'active' });
    expect((await deleteUserResponse(request('DELETE', as.admin), user.id, deps)).status).toBe(204);
    expect((await deleteUserResponse(request('DELETE', as.admin), user.id, deps)).status).toBe(404);
  });

  it('answer bad input with 400 and the field, never 500', async () => {
    const add = (body: unknown) => addUserResponse(request('POST', as.admin, body), deps);
    for (const [body, path] of [
      [
        { access: 'password', name: 'Pat', email: 'pat@example.com', role: 'operator', password: 'short' },
        'password',
      ],
      [{ access: 'invite', name: 'Pat', email: 'not-an-email', role: 'operator' }, 'email'],
      [{ access: 'invite', name: '  ', email: 'pat@example.com', role: 'operator' }, 'name'],
      [{ access: 'invite', name: 'Pat', email: 'pat@example.com', role: 'owner' }, 'role'],
      [{ name: 'Pat', email: 'pat@example.com', role: 'viewer' }, 'access'],
    ] as const) {
      const response = await add(body);
      expect(response.status, path).toBe(400);
      const { error } = await response.json();
      expect(error.code).toBe('bad_request');
      expect(error.fields[0].path).toBe(path);
    }
    const taken = await add({ access: 'invite', name: 'Otto 2', email: 'otto@example.com', role: 'viewer' });
    expect(taken.status).toBe(409);
    expect((await taken.json()).error).toMatchObject({ code: 'email_taken', fields: [{ path: 'email' }] });

    const patch = await updateUserResponse(
      request('PATCH', as.admin, { role: 'viewer', status: 'disabled' }),
      ottoId,
      deps,
    );
    expect(patch.status).toBe(400);
    const notJson = await updateUserResponse(
      new Request('http://localhost/api/console/users/x', {
        method: 'PATCH',
        headers: new Headers([...as.admin, ['content-type', 'application/json']]),
        body: '{',
      }),
      ottoId,
      deps,
    );
    expect(notJson.status).toBe(400);
  });

  it('answer the rules with their own codes and messages', async () => {
    const own = await updateUserResponse(request('PATCH', as.admin, { role: 'viewer' }), adaId, deps);
    expect(own.status).toBe(409);
    expect((await own.json()).error).toEqual({
      code: 'last_admin',
      message:
        "You are the last active admin, so your account can't be demoted. Make another user an admin first: someone must always be able to manage users.",
    });
    await updateUserResponse(request('PATCH', as.admin, { role: 'admin' }), ottoId, deps);
    const ownRole = await updateUserResponse(request('PATCH', as.admin, { role: 'viewer' }), adaId, deps);
    expect(ownRole.status).toBe(403);
    expect((await ownRole.json()).error.code).toBe('own_account');
  });

  it('make a new invite link that the invited person can use once, without a session', async () => {
    const added = await addUserResponse(
      request('POST', as.admin, {
        access: 'invite',
        name: 'Ivan',
        email: 'ivan@example.com',
        role: 'operator',
      }),
      deps,
    );
    expect(added.status).toBe(201);
    const { invite, user } = await added.json();
    expect(user.status).toBe('invited');
    expect(invite.path).toMatch(/^\/invite\//);
    const token = decodeURIComponent(invite.path.slice('/invite/'.length));

    const accept = (body: unknown, origin = 'http://localhost') =>
      acceptInviteResponse(
        new Request('http://localhost/api/console/invites/accept', {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin },
          body: JSON.stringify(body),
        }),
        deps,
      );
    const short = await accept({ token, password: 'short' });
    expect(short.status).toBe(400);
    expect((await short.json()).error.fields[0].path).toBe('password');
    expect((await accept({ token, password: 'ivans-password-1' }, 'https://evil.example')).status).toBe(403);
    const accepted = await accept({ token, password: 'ivans-password-1' });
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toEqual({ email: 'ivan@example.com' });
    const again = await accept({ token, password: 'ivans-password-2' });
    expect(again.status).toBe(410);
    expect((await again.json()).error.code).toBe('invite_used');
    expect((await accept({ token: 'nonsense', password: 'ivans-password-2' })).status).toBe(404);

    const renewed = await newInviteResponse(request('POST', as.admin), user.id, deps);
    expect(renewed.status).toBe(201);
    expect((await renewed.json()).invite.path).not.toBe(invite.path);
  });
});
