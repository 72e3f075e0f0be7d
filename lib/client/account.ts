/**
 * The browser's account calls: better-auth's own endpoints (under /api/auth) for sign-in and sign-out, and the
 * dashboard's first-run setup. Errors come back as sentences for the form, never as raw codes.
 */
import type { SetupInput, SignInInput } from '@/lib/access/account-schemas';

export type AccountResult =
  | { ok: true }
  | { ok: false; message: string; field?: 'email' | 'password' | 'name' | 'currentPassword' | 'newPassword' };

async function post(url: string, body: unknown): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
    credentials: 'same-origin',
  });
}

const UNREACHABLE: AccountResult = {
  ok: false,
  message: 'The dashboard server could not be reached. Check your connection and try again.',
};

async function messageOf(response: Response): Promise<string | undefined> {
  try {
    const body = (await response.json()) as { message?: unknown; error?: { message?: unknown } };
    const message = body.error?.message ?? body.message;
    return typeof message === 'string' ? message : undefined;
  } catch {
    return undefined;
  }
}

function tooManyAttempts(response: Response): AccountResult {
  const seconds = Number(response.headers.get('x-retry-after') ?? response.headers.get('retry-after'));
  const wait = Number.isFinite(seconds) && seconds > 0 ? `${Math.ceil(seconds)} seconds` : 'a minute';
  return { ok: false, message: `Too many sign-in attempts. Wait ${wait}, then try again.` };
}

export async function signIn(input: SignInInput): Promise<AccountResult> {
  let response: Response;
  try {
    response = await post('/api/auth/sign-in/email', { ...input, rememberMe: true });
  } catch {
    return UNREACHABLE;
  }
  if (response.ok) return { ok: true };
  if (response.status === 429) return tooManyAttempts(response);
  if (response.status === 401 || response.status === 400) {
    // One message for a wrong email and a wrong password: which one it was is nobody's business.
    return {
      ok: false,
      message: 'That email and password don’t match an account. Check both and try again.',
    };
  }
  if (response.status === 403) {
    return { ok: false, message: 'This account is disabled. Ask an admin to enable it.' };
  }
  return {
    ok: false,
    message: (await messageOf(response)) ?? `Sign-in failed (HTTP ${response.status}). Try again.`,
  };
}

export async function signOut(): Promise<void> {
  await post('/api/auth/sign-out', {}).catch(() => undefined);
}

export async function runSetup(input: SetupInput): Promise<AccountResult> {
  let response: Response;
  try {
    response = await post('/api/console/setup', input);
  } catch {
    return UNREACHABLE;
  }
  if (response.ok) return { ok: true };
  if (response.status === 409) {
    return { ok: false, message: 'This dashboard has already been set up. Sign in instead.' };
  }
  return {
    ok: false,
    message: (await messageOf(response)) ?? `Setup failed (HTTP ${response.status}). Try again.`,
  };
}

/**
 * The account page's password change (better-auth's own endpoint: it checks the current password and hashes
 * the new one). With `signOutOthers`, every other session of this account ends; this one carries on.
 */
export async function changePassword(input: {
  currentPassword: string;
  newPassword: string;
  signOutOthers: boolean;
}): Promise<AccountResult> {
  let response: Response;
  try {
    response = await post('/api/auth/change-password', {
      currentPassword: input.currentPassword,
      newPassword: input.newPassword,
      revokeOtherSessions: input.signOutOthers,
    });
  } catch {
    return UNREACHABLE;
  }
  if (response.ok) return { ok: true };
  const message = await messageOf(response);
  if (response.status === 400 && /invalid password/i.test(message ?? '')) {
    return { ok: false, field: 'currentPassword', message: 'That isn’t your current password.' };
  }
  if (response.status === 400 && /password (is )?too (short|long)/i.test(message ?? '')) {
    return { ok: false, field: 'newPassword', message: message ?? 'The new password was not accepted.' };
  }
  if (response.status === 429) {
    return { ok: false, message: 'Too many attempts. Wait a minute, then try again.' };
  }
  return {
    ok: false,
    message: message ?? `The password could not be changed (HTTP ${response.status}). Try again.`,
  };
}

/** How many sessions this account has open, this one included; null if they could not be read. */
export async function countSessions(): Promise<number | null> {
  try {
    const response = await fetch('/api/auth/list-sessions', {
      headers: { accept: 'application/json' },
      credentials: 'same-origin',
    });
    if (!response.ok) return null;
    const sessions = (await response.json()) as unknown;
    return Array.isArray(sessions) ? sessions.length : null;
  } catch {
    return null;
  }
}

/** Ends every other session of this account (other browsers, other devices); this one stays signed in. */
export async function signOutOtherSessions(): Promise<AccountResult> {
  let response: Response;
  try {
    response = await post('/api/auth/revoke-other-sessions', {});
  } catch {
    return UNREACHABLE;
  }
  if (response.ok) return { ok: true };
  return {
    ok: false,
    message:
      (await messageOf(response)) ?? `The other sessions could not be ended (HTTP ${response.status}).`,
  };
}
