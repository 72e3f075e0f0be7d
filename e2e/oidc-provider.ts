/**
 * A real OpenID Connect provider on loopback, for testing single sign-on without the internet: the
 * `oidc-provider` package (the certified Node implementation), with one confidential client and a few people.
 * Vitest starts it in-process (lib/auth/sso-flow.test.ts); Playwright starts e2e/oidc-provider-server.ts.
 *
 * Signing in there uses oidc-provider's development login page ("devInteractions"): a form with a login field,
 * a password field (any password is accepted) and a "Sign-in" button. The login is the email of one of
 * SSO_PEOPLE (e2e/sso-people.ts).
 * Consent is granted up front for the dashboard's client, as a company's own identity provider would do, so the
 * login form is the only page between "Sign in with SSO" and the dashboard.
 */
import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';

import { SSO_CLIENT, SSO_PEOPLE, type SsoPerson } from './sso-people';

export type OidcTestProvider = {
  /** http://127.0.0.1:<port>: what OIDC_ISSUER is set to. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  close: () => Promise<void>;
};

export type OidcTestProviderOptions = {
  /** The dashboard's callback(s), e.g. http://127.0.0.1:3000/api/auth/callback/sso. */
  redirectUris: string[];
  /** 0 (the default) picks a free port. */
  port?: number;
  people?: SsoPerson[];
};

/** Starts the provider on 127.0.0.1 and resolves once it is listening. */
export async function startOidcProvider({
  redirectUris,
  port = 0,
  people = Object.values(SSO_PEOPLE),
}: OidcTestProviderOptions): Promise<OidcTestProvider> {
  // The issuer names the port, so the server listens before the provider is made, and hands requests to it after.
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, configuration(redirectUris, people));
  server.on('request', provider.callback());
  return { issuer, ...SSO_CLIENT, close: () => closeServer(server) };
}

function configuration(redirectUris: string[], people: SsoPerson[]): Configuration {
  const byEmail = new Map(people.map((person) => [person.email.toLowerCase(), person]));
  // A fresh signing key per run: nothing to keep, nothing checked in.
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  return {
    clients: [
      {
        client_id: SSO_CLIENT.clientId,
        client_secret: SSO_CLIENT.clientSecret,
        redirect_uris: redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [{ ...signingKey, kid: 'test-signing-key', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: ['oidc-test-provider-cookie-key'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    // PKCE is required of every client here, so a test passing proves the dashboard sends it.
    pkce: { required: () => true },
    // Short lives, stated so the provider doesn't print a notice for each default it falls back to.
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      Grant: 3600,
      IdToken: 600,
      Interaction: 600,
      Session: 3600,
    },
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx, id) {
      const person = byEmail.get(id.toLowerCase());
      if (!person) return undefined;
      return {
        accountId: id,
        claims: () => ({
          sub: person.email,
          email: person.email,
          email_verified: person.emailVerified,
          name: person.name,
        }),
      };
    },
    loadExistingGrant,
  };
}

/** Consent granted up front for the dashboard: the same grant the consent page would make. */
async function loadExistingGrant(ctx: KoaContextWithOIDC) {
  const { oidc } = ctx;
  if (!oidc.client || !oidc.session?.accountId) return undefined;
  const grantId = oidc.result?.consent?.grantId ?? oidc.session.grantIdFor(oidc.client.clientId);
  if (grantId) return oidc.provider.Grant.find(grantId);
  const grant = new oidc.provider.Grant({
    clientId: oidc.client.clientId,
    accountId: oidc.session.accountId,
  });
  grant.addOIDCScope('openid email profile');
  await grant.save();
  return grant;
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.closeAllConnections();
    server.close((error) => (error ? reject(error) : resolve()));
  });
}
