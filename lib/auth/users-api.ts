import 'server-only';

import type { z } from 'zod';

import { can, forbiddenMessage } from '@/lib/access/permissions';
import {
  AcceptInviteSchema,
  AddUserSchema,
  INVITE_PROBLEMS,
  type InviteProblem,
  UpdateUserSchema,
  type UserSummary,
} from '@/lib/access/user-schemas';
import { readJsonBody } from '@/lib/server/body';
import { errorResponse } from '@/lib/server/errors';
import { isCrossSite } from '@/lib/server/origin';

import type { Actor } from './actor';
import { acceptInvite } from './invites';
import {
  type Accounts,
  addUser,
  type Caller,
  changeRole,
  deleteUser,
  type Failure,
  listUsers,
  newInvite,
  setDisabled,
} from './user-admin';

/**
 * The JSON endpoints of the Users page and the invite page, as plain functions of a request (the route handlers
 * under app/api/console wire them to the process's accounts). Answers use the API's error envelope: 401
 * `unauthenticated` without a session, 403 `forbidden` for a role that can't manage users, 400 with the field
 * for bad input, and the rules' own codes (409 `last_admin`, 403 `own_account`).
 */

export type UsersApiDeps = {
  accounts: Accounts;
  /** Who is signed in for these headers (lib/auth/actor.ts). */
  actorOf: (headers: Headers) => Promise<Actor | null>;
  /** CONSOLE_URL's origin, when set: writes from it are same-site even behind a proxy that rewrites Host. */
  publicOrigin?: string;
};

const NO_STORE = { 'cache-control': 'no-store' };

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: NO_STORE });
}

function failure({ status, code, message, field }: Failure): Response {
  return errorResponse(status, code, message, field ? { fields: [{ path: field, message }] } : {});
}

const CROSS_SITE = () =>
  errorResponse(403, 'forbidden', 'Users can only be managed from the dashboard itself.');

/** The signed-in admin behind `request`, or the 401/403 to answer instead. */
async function adminCaller(
  request: Request,
  { actorOf, publicOrigin }: UsersApiDeps,
): Promise<{ caller: Extract<Caller, { kind: 'admin' }> } | { response: Response }> {
  if (request.method !== 'GET' && isCrossSite(request, publicOrigin)) return { response: CROSS_SITE() };
  const actor = await actorOf(request.headers);
  if (!actor) {
    return { response: errorResponse(401, 'unauthenticated', 'Sign in to manage users.') };
  }
  if (!can(actor.role, 'user.manage')) {
    return { response: errorResponse(403, 'forbidden', forbiddenMessage(actor.role, 'user.manage')) };
  }
  return { caller: { kind: 'admin', actorId: actor.id, headers: request.headers } };
}

async function body<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<{ value: z.output<S> } | { response: Response }> {
  const read = await readJsonBody(request, schema, 16 * 1024);
  if (!read.ok) return { response: read.response };
  return { value: schema.parse(JSON.parse(read.json)) };
}

async function summaryOf(accounts: Accounts, id: string): Promise<UserSummary | undefined> {
  return (await listUsers(accounts)).find((user) => user.id === id);
}

/** GET /api/console/users */
export async function listUsersResponse(request: Request, deps: UsersApiDeps): Promise<Response> {
  const admin = await adminCaller(request, deps);
  if ('response' in admin) return admin.response;
  return json({ users: await listUsers(deps.accounts) });
}

/** POST /api/console/users: `{access: 'password'|'invite', name, email, role, password?}` */
export async function addUserResponse(request: Request, deps: UsersApiDeps): Promise<Response> {
  const admin = await adminCaller(request, deps);
  if ('response' in admin) return admin.response;
  const input = await body(request, AddUserSchema);
  if ('response' in input) return input.response;
  const outcome = await addUser(deps.accounts, admin.caller, input.value);
  if (!outcome.ok) return failure(outcome);
  const { user, invite } = outcome.value;
  return json(invite ? { user, invite: { path: invite.path, expiresAt: invite.expiresAt } } : { user }, 201);
}

/** PATCH /api/console/users/:id: `{role}` or `{status: 'active'|'disabled'}` */
export async function updateUserResponse(
  request: Request,
  id: string,
  deps: UsersApiDeps,
): Promise<Response> {
  const admin = await adminCaller(request, deps);
  if ('response' in admin) return admin.response;
  const input = await body(request, UpdateUserSchema);
  if ('response' in input) return input.response;
  const change = input.value;
  const outcome =
    'role' in change
      ? await changeRole(deps.accounts, admin.caller, id, change.role)
      : await setDisabled(deps.accounts, admin.caller, id, change.status === 'disabled');
  if (!outcome.ok) return failure(outcome);
  return json({ user: await summaryOf(deps.accounts, id) });
}

/** DELETE /api/console/users/:id */
export async function deleteUserResponse(
  request: Request,
  id: string,
  deps: UsersApiDeps,
): Promise<Response> {
  const admin = await adminCaller(request, deps);
  if ('response' in admin) return admin.response;
  const outcome = await deleteUser(deps.accounts, admin.caller, id);
  if (!outcome.ok) return failure(outcome);
  return new Response(null, { status: 204, headers: NO_STORE });
}

/** POST /api/console/users/:id/invite: a new one-time link, shown once. */
export async function newInviteResponse(request: Request, id: string, deps: UsersApiDeps): Promise<Response> {
  const admin = await adminCaller(request, deps);
  if ('response' in admin) return admin.response;
  const outcome = await newInvite(deps.accounts, admin.caller, id);
  if (!outcome.ok) return failure(outcome);
  const { path, expiresAt } = outcome.value;
  return json({ invite: { path, expiresAt }, user: await summaryOf(deps.accounts, id) }, 201);
}

const INVITE_REFUSALS: Record<InviteProblem, [number, string]> = {
  used: [410, 'invite_used'],
  expired: [410, 'invite_expired'],
  unknown: [404, 'invite_unknown'],
  disabled: [409, 'account_disabled'],
};

/**
 * POST /api/console/invites/accept: `{token, password}`. Open without a session (the invited person has none
 * yet); the page signs in with the new password afterwards, through better-auth's own sign-in.
 */
export async function acceptInviteResponse(
  request: Request,
  { accounts, publicOrigin }: UsersApiDeps,
): Promise<Response> {
  if (isCrossSite(request, publicOrigin)) return CROSS_SITE();
  const input = await body(request, AcceptInviteSchema);
  if ('response' in input) return input.response;
  const outcome = await acceptInvite(accounts, input.value.token, input.value.password, request.headers);
  if (outcome.ok) return json({ email: outcome.email });
  const [status, code] = INVITE_REFUSALS[outcome.reason];
  return errorResponse(status, code, INVITE_PROBLEMS[outcome.reason].detail);
}
