import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { freePort, startApp } from '../scripts/lib/app-server';
import { SIGNED_OUT } from './accounts';
import { expect, expectNoA11yViolations, test } from './fixtures';

/**
 * First run, on a server of its own with nobody in it (the shared e2e server starts with an admin): every page
 * leads to /setup, which creates the first administrator and then closes for good.
 */
test.use({ storageState: SIGNED_OUT });
test.describe.configure({ timeout: 120_000 });

let server: ChildProcess | undefined;
let dataDir = '';
let base = '';

test.beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'console-setup-'));
  const port = await freePort();
  server = await startApp({
    port,
    dataDir,
    distDir: process.env.NEXT_DIST_DIR || '.next',
    env: { DATABASE_URL: '' },
  });
  base = `http://127.0.0.1:${port}`;
});

test.afterAll(() => {
  server?.kill();
  rmSync(dataDir, { recursive: true, force: true });
});

test('first run: setup creates the first admin, signs them in, and closes for good', async ({ page }) => {
  await page.goto(`${base}/sandboxes/new`);
  await expect(page).toHaveURL(`${base}/setup`);
  await expect(page.getByRole('heading', { name: 'Set up Sandbox Console', level: 1 })).toBeVisible();
  await expectNoA11yViolations(page);
  // And in the dark theme (the system's, as nobody has chosen one yet): contrast included.
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveClass(/(^|\s)dark(\s|$)/);
  await expectNoA11yViolations(page);
  await page.emulateMedia({ colorScheme: 'light' });

  // Field-level messages, nothing lost.
  await page.getByLabel('Name').fill('Ada Lovelace');
  await page.getByLabel('Email').fill('not-an-email');
  await page.getByLabel('Password').fill('too short');
  await page.getByRole('button', { name: 'Create administrator' }).click();
  await expect(page.getByText('Enter an email address, like ada@example.com.')).toBeVisible();
  await expect(page.getByText('Use at least 12 characters.')).toBeVisible();
  await expect(page.getByLabel('Name')).toHaveValue('Ada Lovelace');

  await page.getByLabel('Email').fill('ada@setup.e2e.test');
  await page.getByLabel('Password').fill('analytical engine');
  await page.getByRole('button', { name: 'Create administrator' }).click();
  await expect(page).toHaveURL(`${base}/sandboxes`);
  await page.getByRole('button', { name: /^Account: Ada Lovelace, Admin$/ }).click();
  await expect(page.getByTestId('current-role')).toHaveText('Role: Admin');
  await page.keyboard.press('Escape');

  // Closed for good: the page sends a signed-in admin home, and the API refuses a second setup.
  await page.goto(`${base}/setup`);
  await expect(page).not.toHaveURL(/\/setup$/);
  const again = await page.request.post(`${base}/api/console/setup`, {
    headers: { origin: base },
    data: { name: 'Eve', email: 'eve@setup.e2e.test', password: 'a second admin!' },
  });
  expect(again.status()).toBe(409);
  expect(await again.json()).toEqual({
    error: { code: 'setup_closed', message: 'This dashboard is already set up. Sign in instead.' },
  });

  // Signed out, the dashboard leads to sign-in now, and back to the page asked for.
  await page.getByRole('button', { name: /^Account:/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(`${base}/sign-in`);
  await page.goto(`${base}/sandboxes/new`);
  await expect(page).toHaveURL(`${base}/sign-in?next=%2Fsandboxes%2Fnew`);
  await page.getByLabel('Email').fill('ada@setup.e2e.test');
  await page.getByLabel('Password').fill('analytical engine');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(`${base}/sandboxes/new`);
});
