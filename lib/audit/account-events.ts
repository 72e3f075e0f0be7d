import 'server-only';

import { APIError, createAuthMiddleware, getSessionFromCtx } from 'better-auth/api';

import { type AuditActor, SYSTEM_ACTOR } from '@/lib/audit-view/record';
import { currentRequest } from '@/lib/server/request-context';
import { serverLog } from '@/lib/telemetry/logger';
import { countSignIn } from '@/lib/telemetry/metrics';

import { clientIp } from './request-facts';
import type { AuditCompletion, AuditTarget, AuditTrail } from './types';

/**
 * Account events, recorded by better-auth's own hooks: every path that changes an account goes through one of its
 * endpoints (the sign-in form, the users page on the admin endpoints, `npm run users` calling `auth.api.*` on the
 * server), so recording here misses none of them. Like a proxied write, an event is recorded BEFORE the endpoint
 * runs (a record that can't be written refuses the change with 503) and completed with its answer after.
 *
 * Who did it: the session's user; "system" for a server-side call without one (start-up, the CLI); for a sign-in,
 * the email that was tried (never the password). Passwords, tokens and keys are never recorded.
 */

type HookContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];
type SessionUser = { id: string; email: string; role?: string | null };

type Event = {
  /** The dotted action; a function when the body decides it. */
  action: string | ((ctx: HookContext, who: SessionUser | null) => Promise<string> | string);
  /** Open to people without a session (signing in, setting a password from a link). */
  anonymous?: boolean;
  /** Who or what it acts on. */
  target?: (
    ctx: HookContext,
    who: SessionUser | null,
  ) => Promise<Partial<AuditTarget>> | Partial<AuditTarget>;
  details?: (ctx: HookContext) => Record<string, unknown> | undefined;
  /** The actor is the target: whoever holds a user's password link acts as that user. */
  actsAsTarget?: boolean;
};

const body = (ctx: HookContext): Record<string, unknown> =>
  typeof ctx.body === 'object' && ctx.body !== null ? (ctx.body as Record<string, unknown>) : {};

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

const self = (_ctx: HookContext, who: SessionUser | null): Partial<AuditTarget> =>
  who ? { type: 'user', id: who.id, name: who.email } : { type: 'user' };

/** The user a body's `userId` names, with their email when they (still) exist. */
async function userInBody(ctx: HookContext): Promise<Partial<AuditTarget>> {
  const id = str(body(ctx).userId);
  if (!id) return { type: 'user' };
  const user = await ctx.context.internalAdapter.findUserById(id).catch(() => null);
  return { type: 'user', id, name: user?.email ?? null };
}

const roleIn = (value: unknown) => (Array.isArray(value) ? value.join(',') : str(value));

const signIn: Event = {
  action: 'account.sign_in',
  anonymous: true,
  target: (ctx) => ({ type: 'user', name: str(body(ctx).email)?.toLowerCase() ?? null }),
};

const EVENTS: Record<string, Event> = {
  '/sign-in/email': signIn,
  // Single sign-on comes back through a callback; who signed in is known from the session it creates.
  '/oauth2/callback/:providerId': {
    ...signIn,
    target: () => ({ type: 'user' }),
    details: () => ({ method: 'sso' }),
  },
  '/callback/:id': { ...signIn, target: () => ({ type: 'user' }), details: () => ({ method: 'sso' }) },
  '/sign-out': { action: 'account.sign_out', target: self },
  '/revoke-other-sessions': { action: 'account.sign_out_others', target: self },
  '/change-password': { action: 'account.password_change', target: self },
  '/reset-password': {
    action: 'account.password_reset',
    anonymous: true,
    actsAsTarget: true,
    target: async (ctx) => {
      const token = str(body(ctx).token) ?? str((ctx.query as Record<string, unknown> | undefined)?.token);
      const link = token
        ? await ctx.context.internalAdapter.findVerificationValue(`reset-password:${token}`).catch(() => null)
        : null;
      const user = link ? await ctx.context.internalAdapter.findUserById(link.value).catch(() => null) : null;
      return { type: 'user', id: user?.id ?? null, name: user?.email ?? null };
    },
  },
  '/admin/create-user': {
    // The first admin, made by /setup or CONSOLE_ADMIN_EMAIL at start-up, is the setup event.
    action: async (ctx, who) =>
      !who && (await ctx.context.internalAdapter.countTotalUsers().catch(() => 1)) === 0
        ? 'account.setup'
        : 'user.create',
    target: (ctx) => ({ type: 'user', name: str(body(ctx).email)?.toLowerCase() ?? null }),
    details: (ctx) => ({ role: roleIn(body(ctx).role) }),
  },
  '/admin/set-role': {
    action: 'user.role_change',
    target: userInBody,
    details: (ctx) => ({ role: roleIn(body(ctx).role) }),
  },
  '/admin/update-user': {
    action: (ctx) => {
      const data = (body(ctx).data ?? {}) as Record<string, unknown>;
      if ('role' in data) return 'user.role_change';
      if ('banned' in data) return data.banned ? 'user.disable' : 'user.enable';
      return 'user.update';
    },
    target: userInBody,
    details: (ctx) => {
      const data = (body(ctx).data ?? {}) as Record<string, unknown>;
      // Which fields, not their values (a field could be anything); the role is worth its value.
      return { fields: Object.keys(data), role: roleIn(data.role) };
    },
  },
  '/admin/ban-user': {
    action: 'user.disable',
    target: userInBody,
    details: (ctx) => ({ reason: str(body(ctx).banReason) }),
  },
  '/admin/unban-user': { action: 'user.enable', target: userInBody },
  '/admin/remove-user': { action: 'user.delete', target: userInBody },
  '/admin/set-user-password': { action: 'user.password_reset', target: userInBody },
  '/admin/revoke-user-sessions': { action: 'user.sessions_revoke', target: userInBody },
  // The users plugin's server-only endpoints (lib/auth/users-plugin.ts, USERS_PLUGIN_PATHS): what `npm run users`
  // changes without a session ("system"), and an invited person setting their first password.
  '/console/set-role': {
    action: 'user.role_change',
    target: userInBody,
    details: (ctx) => ({ role: roleIn(body(ctx).role) }),
  },
  '/console/disable-user': { action: 'user.disable', target: userInBody },
  '/console/enable-user': { action: 'user.enable', target: userInBody },
  '/console/delete-user': { action: 'user.delete', target: userInBody },
  '/console/set-password': { action: 'user.password_reset', target: userInBody },
  '/console/accept-invite': {
    action: 'account.invite_accept',
    anonymous: true,
    actsAsTarget: true,
    target: () => ({ type: 'user' }),
  },
};

/** The session behind the call, or null; never throws (a broken cookie is simply no session). */
async function sessionUser(ctx: HookContext): Promise<SessionUser | null> {
  if (!ctx.headers && !ctx.request) return null;
  try {
    const session = await getSessionFromCtx(ctx, { disableRefresh: true });
    return session?.user
      ? { id: session.user.id, email: session.user.email, role: session.user.role as string }
      : null;
  } catch {
    return null;
  }
}

function actorOf(
  who: SessionUser | null,
  event: Event,
  ctx: HookContext,
  target: Partial<AuditTarget> | undefined,
): AuditActor {
  if (who) return { id: who.id, email: who.email, role: who.role ?? null };
  if (event.actsAsTarget) return { id: target?.id ?? null, email: target?.name ?? null, role: null };
  // Someone signing in is known only by the email they typed, until the answer says who they are.
  if (event === signIn) return { id: null, email: str(body(ctx).email)?.toLowerCase() ?? null, role: null };
  return event.anonymous ? { id: null, email: null, role: null } : SYSTEM_ACTOR;
}

/** The endpoint's answer as an outcome: its status and error code, and what it taught (the new user's id). */
function completionOf(ctx: HookContext, action: string, event: Event): AuditCompletion {
  const returned = ctx.context.returned;
  const failed = returned instanceof APIError;
  const status = failed ? (typeof returned.statusCode === 'number' ? returned.statusCode : 500) : 200;
  const code = failed
    ? str((returned.body as Record<string, unknown> | undefined)?.code)?.toLowerCase()
    : undefined;
  if (action === 'account.sign_in') {
    // Whoever now has a session signed in; single sign-on answers with a redirect either way, so that is the test.
    const user = ctx.context.newSession?.user;
    if (user) {
      return {
        status,
        actor: { id: user.id, email: user.email, role: (user as { role?: string }).role ?? null },
        target: { id: user.id, name: user.email },
      };
    }
    if (status < 400) return { status: 401, errorCode: 'sso_failed' };
  }
  if (failed) return { status, errorCode: code ?? null };
  const user = (returned as { user?: { id?: unknown; email?: unknown } } | undefined)?.user;
  if (typeof user?.id !== 'string') return { status };
  const email = str(user.email);
  return {
    status,
    target: { id: user.id, name: email },
    // Whoever held the link was that user.
    actor: event.actsAsTarget ? { id: user.id, email } : undefined,
  };
}

export const AUDIT_UNAVAILABLE_MESSAGE =
  'Nothing was changed: the audit log could not record this action. Try again in a moment.';

/** Counts a sign-in for the metrics, and names who signed in on the request's log line. */
function signedIn(path: string, completion: AuditCompletion): void {
  const success = completion.status < 400;
  countSignIn(path === '/sign-in/email' ? 'password' : 'sso', success);
  const request = currentRequest();
  if (success && request && completion.actor?.id) request.userId = completion.actor.id;
}

/** better-auth's `hooks` option: records account events in `audit`. */
export function accountAuditHooks(
  audit: AuditTrail,
  log: (line: string) => void = (line) => serverLog().error(line),
) {
  // The endpoint's per-call context is the same object in its before and after hooks: the record's id rides on it.
  const pending = new WeakMap<object, { id: string; action: string; event: Event }>();

  const before = createAuthMiddleware(async (ctx) => {
    const event = EVENTS[ctx.path];
    if (!event) return;
    const who = event.anonymous ? null : await sessionUser(ctx);
    const request = currentRequest();
    if (who && request) request.userId = who.id;
    // Over HTTP without a session the endpoint refuses on its own (401): nothing happens, nothing to record.
    if (!who && !event.anonymous && ctx.request) return;
    const action = typeof event.action === 'function' ? await event.action(ctx, who) : event.action;
    const headers = ctx.request?.headers ?? ctx.headers;
    // The id the HTTP server gave this request (its X-Request-Id and log line); a fresh one when called directly.
    const requestId = currentRequest()?.id ?? crypto.randomUUID();
    const target = await event.target?.(ctx, who);
    let id: string;
    try {
      id = await audit.record({
        actor: actorOf(who, event, ctx, target),
        action,
        target,
        requestId,
        ip: headers ? clientIp(headers) : null,
        userAgent: headers?.get('user-agent') ?? null,
        details: event.details?.(ctx) ?? null,
      });
    } catch (error) {
      log(
        `[audit] ${action} refused, the audit log could not record it: ${error instanceof Error ? error.message : String(error)}`,
      );
      throw new APIError('SERVICE_UNAVAILABLE', {
        message: AUDIT_UNAVAILABLE_MESSAGE,
        code: 'AUDIT_UNAVAILABLE',
      });
    }
    pending.set(ctx.context, { id, action, event });
    ctx.setHeader('x-request-id', requestId);
  });

  const after = createAuthMiddleware(async (ctx) => {
    const entry = pending.get(ctx.context);
    if (!entry) return;
    pending.delete(ctx.context);
    const completion = completionOf(ctx, entry.action, entry.event);
    if (entry.action === 'account.sign_in') signedIn(ctx.path, completion);
    try {
      await audit.complete(entry.id, completion);
    } catch (error) {
      // The change happened; its record keeps the outcome "unknown", which is what the log can truthfully say.
      log(
        `[audit] the record ${entry.id} could not be completed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  });

  return { before, after };
}
