/**
 * The roles, as people meet them: a viewer's read-only dashboard (and the server refusing what it hides), an
 * operator's create → pause → delete, a session ending mid-form, signing in and out through the UI, and `next`.
 * The shared accounts come from auth.setup.ts; a journey that changes an account makes its own.
 */
import type {
  APIRequestContext,
  Browser,
  BrowserContext,
  Page,
  PlaywrightWorkerArgs,
} from '@playwright/test';
import { ACCOUNTS, SIGNED_OUT, stateOf, type TestAccount } from './accounts';
import { createdId, nameInput, openForm, addKeyValue, editor } from './create-helpers';
import { openSandbox, pauseViaApi, statusBadge } from './detail-helpers';
import {
  appBaseURL,
  createSandbox,
  deleteSandbox,
  expect,
  expectNoA11yViolations,
  test,
  uniqueName,
} from './fixtures';
import { listTable, openTagged, refetchInBrowser, rowOf, uniqueTag } from './list-helpers';

const origin = () => ({ origin: new URL(appBaseURL()).origin });
const VIEWER_CANT = (what: string) => `Viewers can't ${what}. Ask an admin for the operator role.`;
type Playwright = PlaywrightWorkerArgs['playwright'];

/** An API client signed in as the operator: the viewer's journeys need sandboxes someone else created. */
function operatorApi(playwright: Playwright): Promise<APIRequestContext> {
  return playwright.request.newContext({ baseURL: appBaseURL(), storageState: stateOf('operator') });
}

/** Signs in through the sign-in page's form. */
async function signInThroughForm(page: Page, account: Pick<TestAccount, 'email' | 'password'>) {
  await page.getByRole('textbox', { name: 'Email' }).fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Waits until the page is at this path (a `next=` in a sign-in URL must not count as being there). */
async function expectPath(page: Page, path: string): Promise<void> {
  await expect(page).toHaveURL((url) => url.pathname === path, { timeout: 20_000 });
}

function userMenuButton(page: Page, name: string, role: string) {
  return page.getByRole('banner').getByRole('button', { name: `Account: ${name}, ${role}` });
}

test.describe('a viewer sees a complete, read-only dashboard', () => {
  test.use({ storageState: stateOf('viewer') });

  test('the list has no write controls: no New sandbox, no checkboxes, a row menu that only opens', async ({
    page,
    playwright,
  }) => {
    const operator = await operatorApi(playwright);
    const tag = uniqueTag('roles');
    const sandbox = await createSandbox(operator, { metadata: { [tag.key]: tag.value } });
    try {
      await openTagged(page, tag);
      await expect(rowOf(page, sandbox.name)).toBeVisible();
      await expect(rowOf(page, sandbox.name)).toContainText('Active');

      // The header and the page header offer no way to create; the table has no checkboxes, so no bulk bar.
      await expect(page.getByRole('link', { name: 'New sandbox' })).toHaveCount(0);
      await expect(listTable(page).getByRole('checkbox')).toHaveCount(0);
      await expect(page.getByRole('toolbar', { name: 'Bulk actions' })).toHaveCount(0);
      // The name leads the row (there is no empty checkbox column before it).
      await expect(listTable(page).getByRole('columnheader').first()).toHaveText('Name');

      await rowOf(page, sandbox.name)
        .getByRole('button', { name: `Actions for ${sandbox.name}` })
        .click();
      const menu = page.getByRole('menu');
      await expect(menu.getByRole('menuitem')).toHaveText(['Open']);
      await page.keyboard.press('Escape');
      await expect(menu).toHaveCount(0);

      // The `c` shortcut for a new sandbox does nothing for a viewer.
      await page.keyboard.press('c');
      await page.waitForTimeout(500);
      await expect(page).toHaveURL(/\/sandboxes\?/);

      // Who is signed in, with which role.
      await userMenuButton(page, ACCOUNTS.viewer.name, 'Viewer').click();
      await expect(page.getByRole('menu')).toContainText(ACCOUNTS.viewer.email);
      await expect(page.getByTestId('current-role')).toHaveText('Role: Viewer');
      await page.keyboard.press('Escape');

      await expectNoA11yViolations(page);
    } finally {
      await deleteSandbox(operator, sandbox.id);
      await operator.dispose();
    }
  });

  test('"No sandboxes yet" does not invite a viewer to create one', async ({ page }) => {
    await page.route(
      (url) => url.pathname === '/api/sandboxes',
      (route) => route.fulfill({ json: [], headers: { 'x-total-count': '0' } }),
    );
    await page.goto('/sandboxes');
    await refetchInBrowser(page); // the first rows came from the server; the browser's next answer is empty
    const empty = page.getByRole('main');
    await expect(empty.getByRole('heading', { name: 'No sandboxes yet' })).toBeVisible();
    await expect(empty).toContainText('They appear here once an operator creates one.');
    await expect(page.getByRole('link', { name: 'New sandbox' })).toHaveCount(0);
    await expectNoA11yViolations(page);
  });

  test('the detail page shows everything but the controls, and says why the console is closed', async ({
    page,
    playwright,
  }) => {
    const operator = await operatorApi(playwright);
    const sandbox = await createSandbox(operator, {
      metadata: { env: 'demo' },
      network: { allow_out: ['api.example.com'] },
    });
    try {
      await openSandbox(page, sandbox);
      const main = page.getByRole('main');
      await expect(statusBadge(page, 'Active')).toBeVisible();
      // Everything readable is there…
      await expect(page.getByRole('region', { name: 'Details' })).toBeVisible();
      await expect(main.getByRole('region', { name: 'Metadata' })).toContainText('demo');
      await expect(main.getByRole('region', { name: 'Network' })).toContainText('api.example.com');
      await expect(page.getByTestId('connect-snippet')).toContainText(sandbox.id);
      // …and nothing that writes.
      for (const name of ['Pause', 'Resume', 'Delete', /^Edit/, 'Run']) {
        await expect(main.getByRole('button', { name })).toHaveCount(0);
      }
      await expect(main.getByRole('textbox', { name: 'Command' })).toHaveCount(0);
      const console = main.getByRole('region', { name: 'Console' });
      await expect(console.getByTestId('read-only-note')).toHaveText(
        VIEWER_CANT('run commands in sandboxes'),
      );
      await expect(page.getByRole('banner').getByRole('link', { name: 'New sandbox' })).toHaveCount(0);
      await expectNoA11yViolations(page);

      // Paused: still no Resume, and no "resume it to edit the network" advice meant for someone who could.
      await pauseViaApi(operator, sandbox.id);
      await page.reload();
      await expect(statusBadge(page, 'Paused')).toBeVisible({ timeout: 20_000 });
      await expect(main.getByRole('button', { name: 'Resume' })).toHaveCount(0);
      await expect(main.getByText('Resume the sandbox to change its network rules')).toHaveCount(0);
    } finally {
      await deleteSandbox(operator, sandbox.id);
      await operator.dispose();
    }
  });

  test('/sandboxes/new explains instead of showing a form', async ({ page }) => {
    await page.goto('/sandboxes/new');
    await expect(page.getByRole('heading', { level: 1, name: 'You can’t create sandboxes' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText(VIEWER_CANT('create sandboxes'));
    await expect(page.getByRole('button', { name: 'Create sandbox' })).toHaveCount(0);
    await expectNoA11yViolations(page);
    await page.getByRole('link', { name: 'Back to sandboxes' }).click();
    await expect(page).toHaveURL(/\/sandboxes$/);
  });

  test('the server refuses a direct POST with 403 and the reason, whatever the page shows', async ({
    page,
  }) => {
    await page.goto('/sandboxes');
    const create = await page.request.post('/api/sandboxes', {
      headers: origin(),
      data: { name: uniqueName('viewer-post') },
    });
    expect(create.status()).toBe(403);
    expect(await create.json()).toEqual({
      error: { code: 'forbidden', message: VIEWER_CANT('create sandboxes') },
    });
    // Reading is what a viewer is for.
    expect((await page.request.get('/api/sandboxes')).status()).toBe(200);
  });
});

test.describe('an operator', () => {
  test('creates a sandbox through the form, pauses it and deletes it', async ({ page }) => {
    const name = uniqueName('roles-operator');
    await openForm(page);
    await nameInput(page).fill(name);
    await page.getByRole('button', { name: 'Create sandbox' }).click();
    await createdId(page);
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible({ timeout: 20_000 });
    await expect(statusBadge(page, 'Active')).toBeVisible();

    await page.getByRole('main').getByRole('button', { name: 'Pause' }).click();
    await expect(statusBadge(page, 'Paused')).toBeVisible({ timeout: 20_000 });

    await page.getByRole('main').getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog', { name: `Delete ${name}?` });
    await dialog.getByRole('textbox', { name: 'Type the sandbox’s name to confirm' }).fill(name);
    await dialog.getByRole('button', { name: 'Delete sandbox' }).click();
    await expect(page).toHaveURL(/\/sandboxes$/, { timeout: 20_000 });
    await expect(page.getByRole('link', { name, exact: true })).toHaveCount(0);
  });
});

/** A person of their own, for a journey that changes their account (the shared ones must stay as they are). */
async function newAccount(
  playwright: Playwright,
  role: 'operator' | 'viewer',
): Promise<{ id: string; email: string; password: string; admin: APIRequestContext }> {
  const admin = await playwright.request.newContext({
    baseURL: appBaseURL(),
    storageState: stateOf('admin'),
  });
  const email = `${uniqueName('roles')}@e2e.test`;
  const password = 'a-password-for-this-test';
  const created = await admin.post('/api/auth/admin/create-user', {
    headers: origin(),
    data: { name: 'Rolf Changing', email, password, role },
  });
  expect(created.status(), await created.text()).toBe(200);
  const { user } = (await created.json()) as { user: { id: string } };
  return { id: user.id, email, password, admin };
}

async function signedInContext(browser: Browser, email: string, password: string): Promise<BrowserContext> {
  const context = await browser.newContext({ storageState: SIGNED_OUT });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await signInThroughForm(page, { email, password });
  await expectPath(page, '/sandboxes');
  await page.close();
  return context;
}

test.describe('a role that changes while the page is open', () => {
  test('the refused action is explained beside it, in the server’s words', async ({
    browser,
    playwright,
    api,
  }) => {
    const sandbox = await api.createSandbox();
    const person = await newAccount(playwright, 'operator');
    const context = await signedInContext(browser, person.email, person.password);
    try {
      const page = await context.newPage();
      await openSandbox(page, sandbox);
      const pause = page.getByRole('main').getByRole('button', { name: 'Pause' });
      await expect(pause).toBeVisible();

      // Through the Users page's endpoint: better-auth's own set-role answers only checked changes.
      const demoted = await person.admin.patch(`/api/console/users/${person.id}`, {
        headers: origin(),
        data: { role: 'viewer' },
      });
      expect(demoted.status(), await demoted.text()).toBe(200);

      await pause.click();
      const error = page.getByTestId('action-error').filter({ hasText: 'Couldn’t pause the sandbox' });
      await expect(error).toContainText(VIEWER_CANT('pause sandboxes'));
      await expect(error).toContainText('Your role may have changed since this page was opened');
      expect((await page.request.get(`/api/sandboxes/${sandbox.id}`)).status()).toBe(200);

      // A reload draws the page for the role the person has now.
      await page.reload();
      await expect(page.getByRole('main').getByRole('button', { name: 'Pause' })).toHaveCount(0, {
        timeout: 20_000,
      });
    } finally {
      await context.close();
      await person.admin.dispose();
    }
  });
});

test.describe('signing in and out', () => {
  test.use({ storageState: SIGNED_OUT });

  test('wrong password, then the right one lands on `next`; the menu names the person; sign out', async ({
    page,
  }) => {
    await page.goto('/sandboxes?status=paused');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fsandboxes%3Fstatus%3Dpaused$/);
    await expect(page.getByRole('heading', { name: 'Sign in to Sandbox Console' })).toBeVisible();
    await expectNoA11yViolations(page);

    await signInThroughForm(page, { email: ACCOUNTS.operator.email, password: 'not-the-password' });
    await expect(page.getByText('Couldn’t sign in')).toBeVisible();
    await expect(page.getByRole('main')).toContainText('That email and password don’t match an account.');
    await expect(page).toHaveURL(/\/sign-in/);

    await page.getByLabel('Password').fill(ACCOUNTS.operator.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page).toHaveURL(/\/sandboxes\?status=paused$/, { timeout: 20_000 });
    await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('paused');

    await userMenuButton(page, ACCOUNTS.operator.name, 'Operator').click();
    const menu = page.getByRole('menu');
    await expect(menu).toContainText(ACCOUNTS.operator.name);
    await expect(menu).toContainText(ACCOUNTS.operator.email);
    await expect(page.getByTestId('current-role')).toHaveText('Role: Operator');
    await menu.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in$/, { timeout: 20_000 });

    // Signed out for real: the pages lead to sign-in again, and the API answers 401.
    await page.goto('/sandboxes');
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.goto('/sandboxes/new');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fsandboxes%2Fnew$/);
    const list = await page.request.get('/api/sandboxes');
    expect(list.status()).toBe(401);
    expect((await list.json()).error.code).toBe('unauthenticated');
  });

  test('`next` pointing at another site is ignored: sign-in stays on the dashboard', async ({ page }) => {
    await page.goto('/sign-in?next=//evil.example');
    await signInThroughForm(page, ACCOUNTS.viewer);
    await expect(page).toHaveURL(`${appBaseURL()}/sandboxes`, { timeout: 20_000 });
    // Once signed in, the sign-in page itself sends the same `next` home too.
    await page.goto('/sign-in?next=//evil.example');
    await expect(page).toHaveURL(`${appBaseURL()}/sandboxes`);
  });

  test('a session that ends mid-form: sign in again, and the draft is back', async ({ page, context }) => {
    await page.goto('/sign-in?next=/sandboxes/new');
    await signInThroughForm(page, ACCOUNTS.operator);
    await expectPath(page, '/sandboxes/new');
    await openForm(page);
    await nameInput(page).fill(uniqueName('roles-draft'));
    await addKeyValue(page, editor(page, 'Metadata'), 'owner', 'draft-journey');

    // Signed out elsewhere (another tab of this browser): the session is gone from the server.
    const signOut = await context.request.post('/api/auth/sign-out', { headers: origin(), data: {} });
    expect(signOut.status()).toBe(200);

    // The last edit comes right before the submit, quicker than the draft's autosave: it must survive too.
    const name = uniqueName('roles-draft');
    await nameInput(page).fill(name);
    await page.getByRole('button', { name: 'Create sandbox' }).click();
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fsandboxes%2Fnew&reason=expired$/, { timeout: 20_000 });
    await expect(page.getByText('Your session has ended')).toBeVisible();

    await signInThroughForm(page, ACCOUNTS.operator);
    await expectPath(page, '/sandboxes/new');
    await expect(page.getByTestId('form-notice')).toContainText('Restored your unsaved draft');
    await expect(nameInput(page)).toHaveValue(name);
    const metadata = editor(page, 'Metadata');
    await expect(metadata.getByRole('listitem').first().locator('input, textarea').first()).toHaveValue(
      'owner',
    );

    // Nothing was created on the refused attempt; the draft is the user's to send or discard.
    const created = await page.request.get(`/api/sandboxes?q=${encodeURIComponent(name)}`);
    expect(((await created.json()) as unknown[]).length).toBe(0);
    await page.getByRole('button', { name: 'Discard draft' }).click();
    await expect(page.getByTestId('form-notice')).toHaveCount(0);
  });
});
