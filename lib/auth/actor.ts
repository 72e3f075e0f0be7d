import 'server-only';

import { getSessionCookie } from 'better-auth/cookies';

import type { Role } from '@/lib/access/permissions';
import { currentRequest } from '@/lib/server/request-context';

import { type Auth, COOKIE_PREFIX } from './auth';
import { hasValidSignature } from './cookie-signature';
import { getConsole } from './index';
import { findSessionOwner } from './session-lookup';

/** Who is asking: the signed-in person behind a request, as the proxy, the pages and the audit log need them. */
export type Actor = { id: string; email: string; name: string; role: Role | (string & {}) };

type SessionUser = { id: string; email: string; name: string; role?: string | null; banned?: boolean | null };

/** The signed-in person for these request headers (their session cookie), or null. Reads the database each time. */
export async function actorFor(headers: Headers): Promise<Actor | null> {
  const { auth } = await getConsole();
  return actorFromSession(auth, headers);
}

/**
 * The same, with a given better-auth instance. Every proxied call asks this, so it takes the short way: better-auth's
 * session cookie (its HMAC signature checked, lib/auth/cookie-signature), then one query for session and user
 * (lib/auth/session-lookup) — a tenth of what better-auth's adapter takes for the same row. Once a day per session
 * (better-auth's updateAge) it goes the full way instead, so the sliding expiry is extended by better-auth itself.
 * A disabled account, an expired or unknown session, or a cookie that was tampered with: null.
 */
export async function actorFromSession(auth: Auth, headers: Headers): Promise<Actor | null> {
  const context = await auth.$context;
  const token = verifiedToken(headers, context.secret);
  if (!token) return null;
  const found = await findSessionOwner(auth.options.database.db, token);
  if (!found) return null;
  const now = Date.now();
  if (found.expiresAt <= now) return null;
  const { expiresIn, updateAge } = context.sessionConfig;
  if (found.expiresAt - expiresIn * 1000 + updateAge * 1000 <= now) return refreshedActor(auth, headers);
  return toActor(found.user);
}

/** The session token of a cookie that carries better-auth's signature for it, else null. */
function verifiedToken(headers: Headers, secret: string): string | null {
  const raw = getSessionCookie(headers, { cookiePrefix: COOKIE_PREFIX });
  if (!raw) return null;
  const signed = raw.includes('%') ? safeDecode(raw) : raw;
  const dot = signed?.lastIndexOf('.') ?? -1;
  if (!signed || dot <= 0) return null;
  const token = signed.slice(0, dot);
  return hasValidSignature(token, signed.slice(dot + 1), secret) ? token : null;
}

function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** better-auth's full session read, which also extends a session that is due for it. */
async function refreshedActor(auth: Auth, headers: Headers): Promise<Actor | null> {
  const session = await auth.api.getSession({ headers });
  return session ? toActor(session.user) : null;
}

function toActor(user: SessionUser): Actor | null {
  if (user.banned) return null;
  // Named on the request's log line (lib/telemetry/request-log): every page and proxied call reads the session here.
  const request = currentRequest();
  if (request) request.userId = user.id;
  return { id: user.id, email: user.email, name: user.name, role: user.role ?? '' };
}
