import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import pg from 'pg';

import { freePort, startApp } from '../scripts/lib/app-server';
import { ACCOUNTS, SIGNED_OUT } from './accounts';
import { expect, test } from './fixtures';

/**
 * Several dashboard instances behind a load balancer share one PostgreSQL: a session made on one works on the
 * other, and a role changed on one applies on the other within 5 seconds. Two `next start` processes of the same
 * build, each with its own embedded API, one database and one CONSOLE_SECRET between them.
 */
const serverUrl = process.env.TEST_DATABASE_URL;
test.skip(!serverUrl && !process.env.CI, 'needs PostgreSQL: `npm test` starts one where it is installed');
test.use({ storageState: SIGNED_OUT });
test.describe.configure({ timeout: 180_000 });

const admin = ACCOUNTS.admin;
const operator = { name: 'Olga Operator', email: 'olga@multi.e2e.test', password: 'olga-password-e2e' };

let database = '';
let dataDirs: string[] = [];
let servers: ChildProcess[] = [];
let urls: [string, string];

test.beforeAll(async () => {
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set: CI must run this spec on PostgreSQL');
  database = `console_e2e_${randomBytes(5).toString('hex')}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${database}`);
  await client.end();
  const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${database}` }).toString();
  const env = {
    DATABASE_URL: databaseUrl,
    CONSOLE_SECRET: randomBytes(32).toString('base64'),
    // Both instances start with the same headless admin: exactly one of them creates it.
    CONSOLE_ADMIN_EMAIL: admin.email,
    CONSOLE_ADMIN_PASSWORD: admin.password,
    CONSOLE_SIGN_IN_RATE_LIMIT: '1000',
  };
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  const ports = [await freePort(), await freePort()];
  dataDirs = ports.map(() => mkdtempSync(path.join(tmpdir(), 'console-multi-')));
  servers = await Promise.all(
    ports.map((port, i) => startApp({ port, distDir, dataDir: dataDirs[i]!, env })),
  );
  urls = [`http://127.0.0.1:${ports[0]}`, `http://127.0.0.1:${ports[1]}`];
});

test.afterAll(async () => {
  for (const server of servers) server.kill();
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  if (!serverUrl || !database) return;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await client.end();
});

async function signInThroughUi(
  page: import('@playwright/test').Page,
  base: string,
  email: string,
  password: string,
) {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(`${base}/sandboxes`);
}

test('a session made on one instance works on the other; a role change applies everywhere within 5 s', async ({
  browser,
}) => {
  const [a, b] = urls;

  // Signed in on A, the same browser is signed in on B (one database, one secret).
  const adminPage = await (await browser.newContext()).newPage();
  await signInThroughUi(adminPage, a, admin.email, admin.password);
  await adminPage.goto(`${b}/sandboxes`);
  await expect(adminPage).toHaveURL(`${b}/sandboxes`);
  await expect(adminPage.getByRole('heading', { name: 'Sandboxes', level: 1 })).toBeVisible();

  // The admin adds an operator on A; the operator signs in on B and may create sandboxes there.
  const created = await adminPage.request.post(`${a}/api/auth/admin/create-user`, {
    headers: { origin: a },
    data: { ...operator, role: 'operator' },
  });
  expect(created.status(), await created.text()).toBe(200);
  const { user } = (await created.json()) as { user: { id: string } };
  const operatorPage = await (await browser.newContext()).newPage();
  await signInThroughUi(operatorPage, b, operator.email, operator.password);
  await expect(operatorPage.getByRole('banner').getByRole('link', { name: 'New sandbox' })).toBeVisible();

  // Made a viewer on A: within 5 seconds B refuses the operator's writes, and B's pages show the new role.
  const demoted = await adminPage.request.post(`${a}/api/auth/admin/set-role`, {
    headers: { origin: a },
    data: { userId: user.id, role: 'viewer' },
  });
  expect(demoted.status(), await demoted.text()).toBe(200);
  const changedAt = Date.now();
  await expect
    .poll(
      async () =>
        (
          await operatorPage.request.post(`${b}/api/sandboxes`, {
            headers: { origin: b },
            data: { name: `multi-${Date.now().toString(36)}` },
          })
        ).status(),
      { timeout: 5_000, intervals: [100] },
    )
    .toBe(403);
  expect(Date.now() - changedAt).toBeLessThan(5_000);
  await operatorPage.reload();
  await expect(operatorPage.getByRole('banner').getByRole('link', { name: 'New sandbox' })).toHaveCount(0);
});
