/**
 * Single sign-on for real, headless: a local OpenID provider (e2e/oidc-provider.ts, the `oidc-provider` package)
 * on loopback, and better-auth's handler driven like a browser would drive it, cookies carried by hand:
 *
 *   POST /api/auth/sign-in/social → the provider's /auth → its login form → /auth/<uid> → our callback → `next`.
 *
 * Everything between is real: discovery, PKCE, the nonce, the code exchange with client_secret_basic, the ID token
 * checked against the provider's keys, the userinfo call.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { SSO_CALLBACK_PATH, SSO_ERRORS, SSO_PROVIDER_ID } from '@/lib/access/sso';
import type { ConsoleDb } from '@/lib/db/connect';
import { testDatabases } from '@/lib/db/test-databases';
import { type OidcTestProvider, startOidcProvider } from '@/e2e/oidc-provider';
import { SSO_ALLOWED_DOMAIN, SSO_PEOPLE, type SsoPerson } from '@/e2e/sso-people';

import { actorFromSession } from './actor';
import { type Auth, createAuth } from './auth';
import { createFirstAdmin } from './setup';
import type { SsoSettings } from './sso-settings';

/** The dashboard's public origin in these tests: nothing listens there, the handler is called directly. */
const APP = 'http://127.0.0.1:3999';
const NEXT = '/sandboxes/sbx_123?tab=activity';

let provider: OidcTestProvider;

beforeAll(async () => {
  provider = await startOidcProvider({ redirectUris: [`${APP}${SSO_CALLBACK_PATH}`] });
});

afterAll(() => provider?.close());

/** A browser's cookies for one origin, just enough of one: name=value pairs, later ones replacing earlier. */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  absorb(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  has(name: string): boolean {
    return this.cookies.has(name);
  }
}

type FlowResult = {
  /** Where the dashboard sent the browser at the end: `next` on success, the sign-in page with ?error= otherwise. */
  location: URL;
  /** The dashboard's cookies afterwards (the session, when it worked). */
  cookie: string;
  signedIn: boolean;
  /** Each request the browser made, for the report and for failures worth reading. */
  hops: string[];
};

/** Clicks "Sign in with SSO", logs in at the provider as `person`, and follows the redirects back. */
async function signInWithSso(auth: Auth, person: SsoPerson, next = NEXT): Promise<FlowResult> {
  const app = new CookieJar();
  const idp = new CookieJar();
  const hops: string[] = [];
  const errorCallbackURL = `/sign-in?next=${encodeURIComponent(next)}`;

  // What lib/client/account.ts startSso sends.
  const start = await auth.handler(
    new Request(`${APP}/api/auth/sign-in/social`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: APP },
      body: JSON.stringify({
        provider: SSO_PROVIDER_ID,
        callbackURL: next,
        errorCallbackURL,
        disableRedirect: true,
      }),
    }),
  );
  hops.push(`POST /api/auth/sign-in/social → ${start.status}`);
  expect(start.status, await start.clone().text()).toBe(200);
  app.absorb(start);
  let url = new URL(((await start.json()) as { url: string }).url);
  expect(url.searchParams.get('code_challenge_method')).toBe('S256');
  expect(url.searchParams.get('nonce')).toBeTruthy();

  for (let step = 0; step < 10; step++) {
    if (url.origin === APP) {
      // Back at the dashboard: the provider's redirect to our callback.
      const callback = await auth.handler(new Request(url, { headers: { cookie: app.header() } }));
      hops.push(`GET ${url.pathname} → ${callback.status}`);
      app.absorb(callback);
      const location = new URL(callback.headers.get('location') ?? '', APP);
      return { location, cookie: app.header(), signedIn: app.has('console.session_token'), hops };
    }
    const response = await fetch(url, { redirect: 'manual', headers: { cookie: idp.header() } });
    hops.push(`GET ${url.origin === provider.issuer ? 'provider ' : ''}${url.pathname} → ${response.status}`);
    idp.absorb(response);
    if (response.status >= 300 && response.status < 400) {
      url = new URL(response.headers.get('location') ?? '', url);
      continue;
    }
    // The provider's login form: a person types their login and a password, and presses "Sign-in".
    const html = await response.text();
    expect(response.status, html).toBe(200);
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    expect(html, 'the provider shows its login form').toContain('name="login"');
    const submit = new URL(action ?? '', url);
    const login = await fetch(submit, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: idp.header(), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ prompt: 'login', login: person.email, password: 'any password' }),
    });
    hops.push(`POST provider ${submit.pathname} (login as ${person.email}) → ${login.status}`);
    idp.absorb(login);
    url = new URL(login.headers.get('location') ?? '', submit);
  }
  throw new Error(`The flow did not come back to the dashboard:\n${hops.join('\n')}`);
}

function ssoSettings(overrides: Partial<SsoSettings> = {}): SsoSettings {
  return {
    issuer: provider.issuer,
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    defaultRole: 'operator',
    allowedDomains: [SSO_ALLOWED_DOMAIN],
    providerName: 'SSO',
    ...overrides,
  };
}

describe.each(testDatabases())('single sign-on on $name', ({ open }) => {
  let database: ConsoleDb;
  let done: () => Promise<void>;
  let auth: Auth;

  const makeAuth = (overrides?: Partial<SsoSettings>) =>
    createAuth({
      database,
      secret: 's'.repeat(40),
      publicUrl: APP,
      sessionDays: 7,
      sso: ssoSettings(overrides),
    });

  const userByEmail = (email: string) =>
    database.db.selectFrom('user').selectAll().where('email', '=', email).executeTakeFirst();

  const accountsOf = (userId: string) =>
    database.db
      .selectFrom('account')
      .select(['providerId', 'accountId'])
      .where('userId', '=', userId)
      .execute();

  beforeEach(async () => {
    ({ db: database, done } = await open());
    auth = makeAuth();
    await createFirstAdmin(
      { auth, database },
      { name: 'Ada', email: 'ada@example.com', password: 'correct horse battery' },
    );
  });

  afterEach(() => done());

  it('signs a new person up with OIDC_DEFAULT_ROLE, though email sign-up is disabled, and lands on next', async () => {
    const flow = await signInWithSso(auth, SSO_PEOPLE.member);
    expect(flow.signedIn, flow.hops.join('\n')).toBe(true);
    expect(`${flow.location.pathname}${flow.location.search}`).toBe(NEXT);

    const actor = await actorFromSession(auth, new Headers({ cookie: flow.cookie }));
    expect(actor).toMatchObject({ email: 'sam@sso.test', name: 'Sam Single', role: 'operator' });
    const user = await userByEmail('sam@sso.test');
    expect(await accountsOf(user!.id)).toEqual([{ providerId: 'sso', accountId: 'sam@sso.test' }]);

    // Signing in again finds the same person; nothing is created twice.
    const again = await signInWithSso(auth, SSO_PEOPLE.member);
    expect(again.signedIn).toBe(true);
    expect((await actorFromSession(auth, new Headers({ cookie: again.cookie })))?.id).toBe(user!.id);
    const sams = await database.db
      .selectFrom('user')
      .select('id')
      .where('email', '=', 'sam@sso.test')
      .execute();
    expect(sams).toHaveLength(1);

    // The password sign-up door stays shut.
    const signUp = await auth.handler(
      new Request(`${APP}/api/auth/sign-up/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: APP },
        body: JSON.stringify({ name: 'Eve', email: 'eve@sso.test', password: 'eve-password-123' }),
      }),
    );
    expect(signUp.ok).toBe(false);
    expect(await userByEmail('eve@sso.test')).toBeUndefined();
  });

  it('is on the audit log: a sign-in as the person who signed in, a refusal as a failure', async () => {
    const { createAuditLog } = await import('@/lib/audit/store');
    await signInWithSso(auth, SSO_PEOPLE.member);
    await signInWithSso(auth, SSO_PEOPLE.outsider);
    const { records } = await createAuditLog(database).query({
      filters: { action: 'account.sign_in' },
      limit: 10,
    });
    const [refused, signedIn] = records;
    expect(signedIn).toMatchObject({
      actor: { email: 'sam@sso.test', role: 'operator' },
      target: { type: 'user', name: 'sam@sso.test' },
      outcome: 'success',
      details: { method: 'sso' },
    });
    expect(signedIn!.actor.id).toMatch(/\w+/);
    expect(refused).toMatchObject({ actor: { id: null }, outcome: 'failure', details: { method: 'sso' } });
  });

  it('gives the viewer role by default', async () => {
    auth = makeAuth({ defaultRole: 'viewer' });
    const flow = await signInWithSso(auth, SSO_PEOPLE.member);
    expect(await actorFromSession(auth, new Headers({ cookie: flow.cookie }))).toMatchObject({
      role: 'viewer',
    });
  });

  it('refuses an email outside OIDC_ALLOWED_DOMAINS, back on the sign-in page with the reason', async () => {
    const flow = await signInWithSso(auth, SSO_PEOPLE.outsider);
    expect(flow.signedIn).toBe(false);
    expect(flow.location.pathname).toBe('/sign-in');
    expect(flow.location.searchParams.get('next')).toBe(NEXT);
    expect(flow.location.searchParams.get('error')).toBe(SSO_ERRORS.domainNotAllowed);
    expect(await userByEmail('olga@outside.test')).toBeUndefined();
  });

  it('checks the domain on every sign-in, not only the first', async () => {
    expect((await signInWithSso(auth, SSO_PEOPLE.member)).signedIn).toBe(true);
    auth = makeAuth({ allowedDomains: ['elsewhere.test'] });
    const flow = await signInWithSso(auth, SSO_PEOPLE.member);
    expect(flow.signedIn).toBe(false);
    expect(flow.location.searchParams.get('error')).toBe(SSO_ERRORS.domainNotAllowed);
  });

  it('links to an existing account when the provider says the email is verified, keeping its role', async () => {
    const { user } = await auth.api.createUser({
      body: { name: 'Lena', email: 'lena@sso.test', password: 'lena-password-1', role: 'admin' },
    });
    const flow = await signInWithSso(auth, SSO_PEOPLE.linked);
    expect(flow.signedIn, flow.hops.join('\n')).toBe(true);
    expect(await actorFromSession(auth, new Headers({ cookie: flow.cookie }))).toMatchObject({
      id: user.id,
      role: 'admin',
    });
    expect((await accountsOf(user.id)).map((account) => account.providerId).sort()).toEqual([
      'credential',
      'sso',
    ]);
  });

  it('does not link when the provider does not vouch for the email', async () => {
    const { user } = await auth.api.createUser({
      body: { name: 'Una', email: 'una@sso.test', password: 'una-password-12', role: 'viewer' },
    });
    const flow = await signInWithSso(auth, SSO_PEOPLE.unverified);
    expect(flow.signedIn).toBe(false);
    expect(flow.location.pathname).toBe('/sign-in');
    expect(flow.location.searchParams.get('error')).toBe('account_not_linked');
    expect(await accountsOf(user.id)).toEqual([{ providerId: 'credential', accountId: user.id }]);
  });

  it('refuses a disabled account', async () => {
    expect((await signInWithSso(auth, SSO_PEOPLE.member)).signedIn).toBe(true);
    await database.db.updateTable('user').set({ banned: 1 }).where('email', '=', 'sam@sso.test').execute();
    const flow = await signInWithSso(auth, SSO_PEOPLE.member);
    expect(flow.signedIn).toBe(false);
    expect(flow.location.searchParams.get('error')?.toLowerCase()).toBe('banned_user');
  });
});

describe.each(testDatabases())('single sign-on before setup on $name', ({ open }) => {
  it('creates nobody: the first admin comes from /setup', async () => {
    const { db: database, done } = await open();
    try {
      const auth = createAuth({
        database,
        secret: 's'.repeat(40),
        publicUrl: APP,
        sessionDays: 7,
        sso: ssoSettings(),
      });
      const flow = await signInWithSso(auth, SSO_PEOPLE.member);
      expect(flow.signedIn).toBe(false);
      expect(flow.location.searchParams.get('error')).toBe(SSO_ERRORS.setupRequired);
      expect(await database.db.selectFrom('user').select('id').execute()).toEqual([]);
      // …and setup still works.
      const outcome = await createFirstAdmin(
        { auth, database },
        { name: 'Ada', email: 'ada@example.com', password: 'correct horse battery' },
      );
      expect(outcome.ok).toBe(true);
    } finally {
      await done();
    }
  });
});

describe('an identity provider that is down', () => {
  it('answers 404 (no provider) instead of failing, and works once the provider is up, without a restart', async () => {
    // A port that was free a moment ago: nothing listens there yet.
    const probe = await startOidcProvider({ redirectUris: [`${APP}${SSO_CALLBACK_PATH}`] });
    const port = Number(new URL(probe.issuer).port);
    await probe.close();

    const { db: database, done } = await testDatabases()[0]!.open();
    let late: OidcTestProvider | undefined;
    try {
      const auth = createAuth({
        database,
        secret: 's'.repeat(40),
        publicUrl: APP,
        sessionDays: 7,
        sso: ssoSettings({ issuer: `http://127.0.0.1:${port}` }),
      });
      await createFirstAdmin(
        { auth, database },
        { name: 'Ada', email: 'ada@example.com', password: 'correct horse battery' },
      );
      const start = () =>
        auth.handler(
          new Request(`${APP}/api/auth/sign-in/social`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', origin: APP },
            body: JSON.stringify({ provider: SSO_PROVIDER_ID, callbackURL: NEXT, disableRedirect: true }),
          }),
        );
      expect((await start()).status).toBe(404);

      late = await startOidcProvider({ port, redirectUris: [`${APP}${SSO_CALLBACK_PATH}`] });
      const started = await start();
      expect(started.status).toBe(200);
      expect(((await started.json()) as { url: string }).url).toMatch(new RegExp(`^${late.issuer}/auth\\?`));
      expect((await signInWithSso(auth, SSO_PEOPLE.member)).signedIn).toBe(true);
    } finally {
      await late?.close();
      await done();
    }
  });
});
