import type { APIRequestContext, Browser, BrowserContext, Page } from '@playwright/test';

import { ACCOUNTS, SIGNED_OUT, stateOf } from './accounts';
import { expect, expectNoA11yViolations, test } from './fixtures';

/**
 * The Users page, the invite link and the account page, as the admin of e2e/accounts.ts. Everyone these
 * journeys add gets a unique email, and the shared operator and viewer are never touched.
 */
test.use({ storageState: stateOf('admin') });

let sequence = 0;
function person(label: string) {
  sequence += 1;
  const id = `${Date.now().toString(36)}${process.pid % 1000}${sequence}`;
  return {
    name: `${label} ${id}`,
    email: `${label.toLowerCase().replace(/\s+/g, '-')}-${id}@e2e.test`,
    password: `${label.toLowerCase().replace(/\s+/g, '-')}-password`,
  };
}

type Person = ReturnType<typeof person>;

async function addViaApi(
  request: APIRequestContext,
  baseURL: string,
  who: Person,
  role: string,
): Promise<string> {
  const response = await request.post('/api/console/users', {
    headers: { origin: baseURL },
    data: { access: 'password', name: who.name, email: who.email, role, password: who.password },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { user: { id: string } }).user.id;
}

/** A browser of its own, signed in as `who` through better-auth, as their own browser would be. */
async function signedInAs(browser: Browser, baseURL: string, who: Person): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, storageState: SIGNED_OUT });
  const response = await context.request.post('/api/auth/sign-in/email', {
    headers: { origin: baseURL },
    data: { email: who.email, password: who.password },
  });
  expect(response.status(), await response.text()).toBe(200);
  return context;
}

function rowOf(page: Page, email: string) {
  return page.getByTestId('user-row').filter({ hasText: email });
}

async function openAction(page: Page, who: { name: string; email: string }, action: string) {
  await rowOf(page, who.email)
    .getByRole('button', { name: `Actions for ${who.name}` })
    .click();
  await page.getByRole('menuitem', { name: action }).click();
}

test('the admin adds a viewer with a password and an operator with an invite link, who sets a password and is signed in', async ({
  page,
  browser,
  baseURL,
}) => {
  const viewer = person('Val Viewer');
  const operator = person('Oli Operator');
  await page.goto('/settings/users');
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  await expect(rowOf(page, ACCOUNTS.admin.email)).toContainText('You');
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }),
  ).toHaveAttribute('aria-current', 'page');
  await expectNoA11yViolations(page);

  // A viewer with a first password.
  await page.getByRole('button', { name: 'Add user' }).click();
  let dialog = page.getByRole('dialog', { name: 'Add user' });
  await dialog.getByLabel('Name').fill(viewer.name);
  await dialog.getByLabel('Email').fill(viewer.email);
  await dialog.getByLabel('Role').selectOption('viewer');
  await dialog.getByLabel(/Set a first password/).check();
  await dialog.getByLabel(/^First password/).fill('short');
  await dialog.getByRole('button', { name: 'Add user' }).click();
  await expect(dialog.getByText('Use at least 12 characters.')).toBeVisible();
  await dialog.getByLabel(/^First password/).fill(viewer.password);
  await dialog.getByRole('button', { name: 'Add user' }).click();
  await expect(dialog).toBeHidden();
  await expect(rowOf(page, viewer.email)).toContainText('Viewer');
  await expect(rowOf(page, viewer.email)).toContainText('Active');

  // The same email again is refused next to the field.
  await page.getByRole('button', { name: 'Add user' }).click();
  dialog = page.getByRole('dialog', { name: 'Add user' });
  await dialog.getByLabel('Name').fill('Someone else');
  await dialog.getByLabel('Email').fill(viewer.email);
  await dialog.getByRole('button', { name: 'Add and make link' }).click();
  await expect(dialog.getByText('An account with this email already exists.')).toBeVisible();

  // An operator with a one-time invite link, shown once.
  await dialog.getByLabel('Name').fill(operator.name);
  await dialog.getByLabel('Email').fill(operator.email);
  await dialog.getByLabel('Role').selectOption('operator');
  await expect(dialog.getByLabel(/Send an invite link/)).toBeChecked();
  await dialog.getByRole('button', { name: 'Add and make link' }).click();
  dialog = page.getByRole('dialog', { name: `${operator.name} is added` });
  const link = await dialog.getByTestId('invite-link').inputValue();
  expect(link).toMatch(new RegExp(`^${baseURL}/invite/[\\w-]{43}$`));
  await expect(dialog.getByText('Copy it now: it is shown only this once')).toBeVisible();
  await expectNoA11yViolations(page);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(rowOf(page, operator.email)).toContainText('Invited');

  // The invited person, in a browser of their own with no session.
  const context = await browser.newContext({ storageState: SIGNED_OUT });
  const invitee = await context.newPage();
  await invitee.goto(link);
  await expect(invitee.getByRole('heading', { name: `Welcome, ${operator.name}` })).toBeVisible();
  await expect(invitee.getByLabel('Email')).toHaveValue(operator.email);
  await expectNoA11yViolations(invitee);
  await invitee.getByLabel(/^Password/).fill(operator.password);
  await invitee.getByLabel('Confirm password').fill(`${operator.password}-typo`);
  await invitee.getByRole('button', { name: 'Set password and sign in' }).click();
  await expect(invitee.getByText('The passwords don’t match.')).toBeVisible();
  await invitee.getByLabel('Confirm password').fill(operator.password);
  await invitee.getByRole('button', { name: 'Set password and sign in' }).click();
  await invitee.waitForURL('**/sandboxes');
  await expect(invitee.getByRole('button', { name: `Account: ${operator.name}, Operator` })).toBeVisible();
  await expect(invitee.getByRole('banner').getByRole('link', { name: 'New sandbox' })).toBeVisible();
  // Operators see no Users section.
  await expect(
    invitee.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }),
  ).toHaveCount(0);

  // The link worked once.
  await invitee.goto(link);
  await expect(
    invitee.getByRole('heading', { name: 'This invite link has already been used' }),
  ).toBeVisible();
  await context.close();

  await page.reload();
  await expect(rowOf(page, operator.email)).toContainText('Active');
  await expect(rowOf(page, operator.email)).not.toContainText('—');
});

test('the admin changes a role, disables (ending their sessions), enables and deletes a user', async ({
  page,
  browser,
  baseURL,
}) => {
  const who = person('Dana Demo');
  await addViaApi(page.request, baseURL!, who, 'viewer');
  const theirs = await signedInAs(browser, baseURL!, who);
  expect((await theirs.request.get('/api/sandboxes')).status()).toBe(200);

  await page.goto('/settings/users');
  await openAction(page, who, 'Change role…');
  let dialog = page.getByRole('dialog', { name: `Change ${who.name}’s role` });
  await expect(dialog.getByRole('button', { name: 'Change role' })).toBeDisabled();
  await dialog.getByLabel('Role').selectOption('operator');
  await dialog.getByRole('button', { name: 'Change role' }).click();
  await expect(dialog).toBeHidden();
  await expect(rowOf(page, who.email)).toContainText('Operator');

  await openAction(page, who, 'Disable…');
  dialog = page.getByRole('dialog', { name: `Disable ${who.name}?` });
  await expectNoA11yViolations(page);
  await dialog.getByRole('button', { name: 'Disable user' }).click();
  await expect(dialog).toBeHidden();
  await expect(rowOf(page, who.email)).toContainText('Disabled');
  // Their session ended at once.
  expect((await theirs.request.get('/api/sandboxes')).status()).toBe(401);
  await theirs.close();

  await openAction(page, who, 'Enable…');
  await page
    .getByRole('dialog', { name: `Enable ${who.name}?` })
    .getByRole('button', { name: 'Enable user' })
    .click();
  await expect(rowOf(page, who.email)).toContainText('Active');

  await openAction(page, who, 'Delete…');
  dialog = page.getByRole('dialog', { name: `Delete ${who.name}?` });
  await expect(dialog).toContainText('This cannot be undone.');
  await dialog.getByRole('button', { name: 'Delete user' }).click();
  await expect(dialog).toBeHidden();
  await expect(rowOf(page, who.email)).toHaveCount(0);
});

test('the last active admin can’t be demoted, disabled or deleted, and the page says why', async ({
  page,
  baseURL,
}) => {
  // The admin of a headless start is named by the server ("Administrator"), so read who they are.
  const listed = (await (await page.request.get('/api/console/users')).json()) as {
    users: Array<{ id: string; name: string; email: string }>;
  };
  const admin = listed.users.find((user) => user.email === ACCOUNTS.admin.email)!;
  await page.goto('/settings/users');
  await openAction(page, admin, 'Disable…');
  let dialog = page.getByRole('dialog', { name: `Disable ${admin.name}?` });
  await expect(dialog.getByRole('alert')).toContainText(
    "You are the last active admin, so your account can't be disabled. Make another user an admin first",
  );
  await expect(dialog.getByRole('button', { name: 'Disable user' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await openAction(page, admin, 'Change role…');
  dialog = page.getByRole('dialog', { name: `Change ${admin.name}’s role` });
  await dialog.getByLabel('Role').selectOption('viewer');
  await expect(dialog.getByRole('alert')).toContainText(
    "You are the last active admin, so your account can't be demoted",
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // The server says the same to anyone who skips the page.
  const self = admin;
  const refused = await page.request.patch(`/api/console/users/${self.id}`, {
    headers: { origin: baseURL! },
    data: { role: 'viewer' },
  });
  expect(refused.status()).toBe(409);
  expect((await refused.json()).error.code).toBe('last_admin');
  // And better-auth's own admin endpoint turns the change away.
  const raw = await page.request.post('/api/auth/admin/set-role', {
    headers: { origin: baseURL! },
    data: { userId: self.id, role: 'viewer' },
  });
  expect(raw.status()).toBe(403);
});

test('on /account a person changes their password and signs out their other sessions', async ({
  page,
  browser,
  baseURL,
}) => {
  const who = person('Pat Password');
  await addViaApi(page.request, baseURL!, who, 'viewer');
  const elsewhere = await signedInAs(browser, baseURL!, who);
  const here = await signedInAs(browser, baseURL!, who);
  const mine = await here.newPage();

  await mine.goto('/sandboxes');
  await mine.getByRole('button', { name: `Account: ${who.name}, Viewer` }).click();
  await mine.getByRole('menuitem', { name: 'Your account' }).click();
  await mine.waitForURL('**/account');
  await expect(mine.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
  await expect(mine.getByText('You are signed in here and in 1 other session')).toBeVisible();
  await expectNoA11yViolations(mine);

  await mine.getByLabel('Current password').fill('not-my-password');
  await mine.getByLabel(/^New password/).fill('pats-new-password');
  await mine.getByLabel('Confirm new password').fill('pats-new-password');
  await mine.getByLabel('Also sign out of every other session').uncheck();
  await mine.getByRole('button', { name: 'Change password' }).click();
  await expect(mine.getByText('That isn’t your current password.')).toBeVisible();
  await mine.getByLabel('Current password').fill(who.password);
  await mine.getByRole('button', { name: 'Change password' }).click();
  await expect(mine.getByText('Password changed')).toBeVisible();
  expect((await elsewhere.request.get('/api/sandboxes')).status()).toBe(200);

  await mine.getByRole('button', { name: 'Sign out of all other sessions' }).click();
  await expect(mine.getByText('Every other session has ended. This one carries on.')).toBeVisible();
  await expect(mine.getByText('You are signed in here only.')).toBeVisible();
  expect((await elsewhere.request.get('/api/sandboxes')).status()).toBe(401);
  expect((await here.request.get('/api/sandboxes')).status()).toBe(200);

  // The new password is the one that works now.
  const signIn = (password: string) =>
    elsewhere.request.post('/api/auth/sign-in/email', {
      headers: { origin: baseURL! },
      data: { email: who.email, password },
    });
  expect((await signIn(who.password)).status()).toBe(401);
  expect((await signIn('pats-new-password')).status()).toBe(200);

  await mine.getByRole('button', { name: 'Sign out', exact: true }).click();
  await mine.waitForURL('**/sign-in');
  await Promise.all([elsewhere.close(), here.close()]);
});

test.describe('as an operator', () => {
  test.use({ storageState: stateOf('operator') });

  test('the Users page says it is for admins, and its endpoints refuse', async ({ page, baseURL }) => {
    await page.goto('/settings/users');
    await expect(page.getByRole('heading', { level: 1, name: 'Only admins can manage users' })).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }),
    ).toHaveCount(0);
    await expectNoA11yViolations(page);
    expect((await page.request.get('/api/console/users')).status()).toBe(403);
    const add = await page.request.post('/api/console/users', {
      headers: { origin: baseURL! },
      data: { access: 'invite', name: 'Nope', email: 'nope@e2e.test', role: 'admin' },
    });
    expect(add.status()).toBe(403);
  });
});

test.describe('signed out', () => {
  test.use({ storageState: SIGNED_OUT });

  test('a made-up invite link says so', async ({ page }) => {
    await page.goto('/invite/not-a-real-token');
    await expect(page.getByRole('heading', { name: 'This invite link isn’t valid' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Go to sign-in' })).toBeVisible();
    await expectNoA11yViolations(page);
  });
});
