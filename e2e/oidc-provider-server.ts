/**
 * The local OpenID provider as a process, for Playwright's webServer (playwright.config.ts): it listens on
 * 127.0.0.1:$E2E_OIDC_PORT and lets the dashboard at $E2E_APP_ORIGIN sign people in. Ends with SIGTERM/SIGINT.
 *
 *   E2E_OIDC_PORT=9555 E2E_APP_ORIGIN=http://127.0.0.1:3000 node --import tsx e2e/oidc-provider-server.ts
 */
import { SSO_CALLBACK_PATH } from '../lib/access/sso';
import { startOidcProvider } from './oidc-provider';

async function main(): Promise<void> {
  const port = Number(process.env.E2E_OIDC_PORT);
  const appOrigin = process.env.E2E_APP_ORIGIN;
  if (!Number.isInteger(port) || port <= 0 || !appOrigin) {
    console.error(
      'Set E2E_OIDC_PORT (a port number) and E2E_APP_ORIGIN (the dashboard, like http://127.0.0.1:3000).',
    );
    process.exit(2);
  }
  const provider = await startOidcProvider({ port, redirectUris: [`${appOrigin}${SSO_CALLBACK_PATH}`] });
  console.log(`OpenID provider for tests at ${provider.issuer} (client ${provider.clientId})`);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      void provider.close().finally(() => process.exit(0));
    });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
