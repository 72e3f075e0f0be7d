import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { ACCOUNTS, stateOf } from './e2e/accounts';
import { CHROMIUM_ARGS, chromiumPath } from './e2e/chromium';
import { SSO_ALLOWED_DOMAIN, SSO_CLIENT } from './e2e/sso-people';

/**
 * Browser tests run against a production build of the app in local mode (the embedded API), on a free port,
 * with a fresh data folder and no SUPERSERVE_API_KEY. `npm test` builds first; `npm run test:e2e` alone builds
 * when the build folder is missing.
 *
 * This file is loaded by the runner AND by every worker: the port and data folder are chosen once and handed to
 * the workers through the environment, so everyone talks to the same server.
 */

function findFreePort(): string {
  // Synchronous on purpose: the config must be a plain object. A child process binds port 0 and reports it.
  const script =
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim();
}

process.env.E2E_PORT ??= findFreePort();
process.env.E2E_OIDC_PORT ??= findFreePort();
process.env.E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), 'sandbox-console-e2e-'));
process.env.E2E_AUTH_DIR ??= mkdtempSync(path.join(tmpdir(), 'sandbox-console-e2e-auth-'));

const port = process.env.E2E_PORT;
const dataDir = process.env.E2E_DATA_DIR;
const distDir = process.env.NEXT_DIST_DIR || '.next';
const baseURL = `http://127.0.0.1:${port}`;
// The local OpenID provider (e2e/oidc-provider-server.ts) the app's "Sign in with SSO" goes to (e2e/sso.spec.ts).
const oidcIssuer = `http://127.0.0.1:${process.env.E2E_OIDC_PORT}`;

const next = 'node node_modules/next/dist/bin/next';
const start = `${next} start -p ${port} -H 127.0.0.1`;
const hasBuild = existsSync(path.join(distDir, 'BUILD_ID'));

export default defineConfig({
  testDir: './e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Two cores: one worker for the app, one or two for browsers.
  workers: process.env.CI ? 1 : 2,
  // Generous: the machine is shared by a build, a server and browsers; a slow step is not a failure.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    locale: 'en-US',
    timezoneId: 'UTC',
  },
  projects: [
    // Signs in once as each role and saves the browser state; every other spec starts signed in from it.
    { name: 'accounts', testMatch: /auth\.setup\.ts$/ },
    {
      name: 'chromium',
      dependencies: ['accounts'],
      use: {
        ...devices['Desktop Chrome'],
        // The journeys act as an operator (create, pause, delete); a spec picks another role with test.use.
        storageState: stateOf('operator'),
        launchOptions: {
          executablePath: chromiumPath(),
          args: CHROMIUM_ARGS,
        },
      },
    },
  ],
  webServer: [
    {
      // Started first, so the app finds its discovery document at start-up (it would retry on the first sign-in).
      command: 'node --import tsx e2e/oidc-provider-server.ts',
      url: `${oidcIssuer}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: { E2E_OIDC_PORT: process.env.E2E_OIDC_PORT, E2E_APP_ORIGIN: baseURL },
    },
    {
      // `npm run build`, not `next build` alone: its postbuild step completes the standalone folder
      // (e2e/standalone.spec.ts runs it).
      command: hasBuild ? start : `npm run build && ${start}`,
      url: `${baseURL}/api/health`,
      reuseExistingServer: false,
      timeout: hasBuild ? 60_000 : 300_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        NODE_ENV: 'production',
        NEXT_DIST_DIR: distDir,
        NEXT_TELEMETRY_DISABLED: '1',
        DATA_DIR: dataDir,
        // Local mode: an empty key counts as unset, whatever the developer's shell exports.
        SUPERSERVE_API_KEY: '',
        // Many specs create sandboxes on one shared server; the default cap of 50 would make them depend on order.
        EMULATOR_MAX_SANDBOXES: '1000',
        EMULATOR_RATE_LIMIT: '',
        EMULATOR_RATE_BURST: '',
        // A headless deployment's first admin; auth.setup.ts adds an operator and a viewer.
        CONSOLE_ADMIN_EMAIL: ACCOUNTS.admin.email,
        CONSOLE_ADMIN_PASSWORD: ACCOUNTS.admin.password,
        // Every spec signs in from 127.0.0.1: the per-IP limit is tested on its own, in Vitest.
        CONSOLE_SIGN_IN_RATE_LIMIT: '1000',
        CONSOLE_SECRET: '',
        DATABASE_URL: '',
        // The public origin. Without it better-auth takes the origin from request.url, which `next start` makes
        // http://localhost:<port> whatever the Host: sign-in from 127.0.0.1 failed its origin check, and the
        // provider would send SSO back to a callback on another host than the one holding the state cookie.
        CONSOLE_URL: baseURL,
        // Single sign-on against the local provider; every other spec just sees one more button on /sign-in.
        // Operator, not the default viewer, so the SSO spec proves OIDC_DEFAULT_ROLE is applied.
        OIDC_ISSUER: oidcIssuer,
        OIDC_CLIENT_ID: SSO_CLIENT.clientId,
        OIDC_CLIENT_SECRET: SSO_CLIENT.clientSecret,
        OIDC_DEFAULT_ROLE: 'operator',
        OIDC_ALLOWED_DOMAINS: SSO_ALLOWED_DOMAIN,
        OIDC_PROVIDER_NAME: '',
      },
    },
  ],
});
