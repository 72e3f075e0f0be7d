/**
 * The browser's account calls: better-auth's own endpoints (under /api/auth) for sign-in and sign-out, and the
 * dashboard's first-run setup. Errors come back as sentences for the form, never as raw codes.
 */
import type { SetupInput, SignInInput } from '@/lib/access/account-schemas';
import { signInHref } from '@/lib/access/next-path';
import { SSO_PROVIDER_ID } from '@/lib/access/sso';

export type AccountResult =
  { ok: true } | { ok: false; message: string; field?: 'email' | 'password' | 'name' };

async function post(url: string, body: unknown): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
    credentials: 'same-origin',
  });
}

const UNREACHABLE_MESSAGE = 'The dashboard server could not be reached. Check your connection and try again.';
const UNREACHABLE: AccountResult = { ok: false, message: UNREACHABLE_MESSAGE };

async function messageOf(response: Response): Promise<string | undefined> {
  try {
    const body = (await response.json()) as { message?: unknown; error?: { message?: unknown } };
    const message = body.error?.message ?? body.message;
    return typeof message === 'string' ? message : undefined;
  } catch {
    return undefined;
  }
}

function tooManyAttemptsMessage(response: Response): string {
  const seconds = Number(response.headers.get('x-retry-after') ?? response.headers.get('retry-after'));
  const wait = Number.isFinite(seconds) && seconds > 0 ? `${Math.ceil(seconds)} seconds` : 'a minute';
  return `Too many sign-in attempts. Wait ${wait}, then try again.`;
}

function tooManyAttempts(response: Response): AccountResult {
  return { ok: false, message: tooManyAttemptsMessage(response) };
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
 * Starts single sign-on: better-auth answers with the identity provider's address, and the browser goes there.
 * The provider sends the person back through /api/auth/callback/sso to `next` (a checked path of ours), or to
 * this sign-in page with ?error= when it fails.
 */
export async function startSso(
  next: string,
): Promise<{ ok: true; url: string } | { ok: false; message: string }> {
  let response: Response;
  try {
    response = await post('/api/auth/sign-in/social', {
      provider: SSO_PROVIDER_ID,
      callbackURL: next,
      errorCallbackURL: signInHref(next),
      disableRedirect: true,
    });
  } catch {
    return { ok: false, message: UNREACHABLE_MESSAGE };
  }
  if (response.ok) {
    const body = (await response.json().catch(() => ({}))) as { url?: unknown };
    if (typeof body.url === 'string') return { ok: true, url: body.url };
  }
  if (response.status === 429) return { ok: false, message: tooManyAttemptsMessage(response) };
  if (response.status === 404) {
    // better-auth knows no "sso" provider: its discovery document could not be fetched (it retries on each try).
    return {
      ok: false,
      message:
        'The identity provider can’t be reached right now. Try again in a moment, or sign in with your email and password.',
    };
  }
  return {
    ok: false,
    message:
      (await messageOf(response)) ?? `Single sign-on failed to start (HTTP ${response.status}). Try again.`,
  };
}
