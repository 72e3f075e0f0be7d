import { stateOf } from './accounts';
import { getViaApi, openSandbox, statusBadge } from './detail-helpers';
import { appBaseURL, createSandbox, expect, expectNoA11yViolations, test, uniqueName } from './fixtures';
import { actLikeOlderDeployment, listHydrated } from './list-helpers';
import {
  openPalette,
  palette,
  paletteButton,
  paletteInput,
  paletteOption,
  waitForShortcuts,
} from './palette-helpers';

test.describe('command palette', () => {
  test('⌘K / Ctrl+K opens it on every kind of page; Escape closes it and focus goes back', async ({
    page,
    api,
  }) => {
    const sandbox = await api.createSandbox();
    for (const path of ['/templates', '/account', `/sandboxes/${sandbox.id}`]) {
      await page.goto(path);
      await openPalette(page);
      await page.keyboard.press('Escape');
      await expect(palette(page)).toBeHidden();
    }

    // From the list's search box (focused with `/`) and back to it.
    await page.goto('/sandboxes');
    await listHydrated(page);
    await page.keyboard.press('/');
    const search = page.getByRole('searchbox', { name: 'Search by name' });
    await expect(search).toBeFocused();
    await openPalette(page);
    await page.keyboard.press('Escape');
    await expect(palette(page)).toBeHidden();
    await expect(search).toBeFocused();

    // The header's button opens it too, and the same key closes it again.
    await paletteButton(page).click();
    await expect(paletteInput(page)).toBeFocused();
    await page.keyboard.press('ControlOrMeta+k');
    await expect(palette(page)).toBeHidden();
    await expect(paletteButton(page)).toBeFocused();
  });

  test('finds a sandbox by part of its name and opens it; it is then a recent sandbox', async ({
    page,
    api,
  }) => {
    const name = uniqueName('palette-find');
    const sandbox = await api.createSandbox({ name });
    await page.goto('/sandboxes');
    await openPalette(page);
    // A piece from the middle of the name: the server's `q` is a substring search.
    const part = name.slice(8, 20);
    await paletteInput(page).fill(part);
    const option = paletteOption(page, name);
    await expect(option).toBeVisible();
    await expect(option).toHaveAttribute('aria-selected', 'true');
    await expect(palette(page).getByRole('status')).toContainText(/\d+ results?\./);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/sandboxes/${sandbox.id}$`));
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

    // Back on another page, with nothing typed, the palette offers it under "Recent sandboxes".
    await page.goto('/templates');
    await openPalette(page);
    const recent = palette(page).getByRole('group', { name: 'Recent sandboxes' });
    await expect(recent.getByRole('option', { name: new RegExp(`^${name}`) })).toBeVisible();
  });

  test('an exact id opens that sandbox; an unknown one says so', async ({ page, api }) => {
    const sandbox = await api.createSandbox();
    await page.goto('/sandboxes');
    await openPalette(page);
    await paletteInput(page).fill('00000000-0000-4000-8000-000000000000');
    await expect(palette(page).getByRole('option', { name: 'No sandbox has this id.' })).toBeVisible();
    await paletteInput(page).fill(sandbox.id);
    await expect(paletteOption(page, sandbox.name)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/sandboxes/${sandbox.id}$`));
  });

  test('an older API that ignores q is searched in the browser', async ({ page, api }) => {
    const name = uniqueName('palette-old');
    await api.createSandbox({ name });
    await actLikeOlderDeployment(page);
    await page.goto('/templates');
    await openPalette(page);
    await paletteInput(page).fill(name.slice(4));
    await expect(paletteOption(page, name)).toBeVisible();
    await expect(palette(page).getByRole('option', { name: /^e2e-/ })).toHaveCount(0);
  });

  test('pauses the sandbox whose page is open; the page and the API agree', async ({
    page,
    api,
    request,
  }) => {
    const sandbox = await api.createSandbox();
    await openSandbox(page, sandbox);
    await openPalette(page);
    // Only what the state allows: an active sandbox can be paused, not resumed.
    await expect(paletteOption(page, `Resume ${sandbox.name}`)).toHaveCount(0);
    await paletteInput(page).fill('pause');
    await expect(paletteOption(page, `Pause ${sandbox.name}`)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(palette(page)).toBeHidden();
    await expect(statusBadge(page, 'Paused')).toBeVisible();
    expect((await getViaApi(request, sandbox.id)).status).toBe('paused');

    await openPalette(page);
    await expect(paletteOption(page, `Resume ${sandbox.name}`)).toBeVisible();
    await expect(paletteOption(page, `Pause ${sandbox.name}`)).toHaveCount(0);
  });

  test('delete from the palette asks for the name first', async ({ page, api, request }) => {
    const sandbox = await api.createSandbox();
    await openSandbox(page, sandbox);
    await openPalette(page);
    await paletteInput(page).fill('delete');
    await paletteOption(page, `Delete ${sandbox.name}`).click();
    const dialog = page.getByRole('dialog', { name: `Delete ${sandbox.name}?` });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Delete sandbox' })).toBeDisabled();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    expect((await getViaApi(request, sandbox.id)).status).toBe('active');

    await openPalette(page);
    await paletteInput(page).fill('delete');
    await page.keyboard.press('Enter');
    await dialog.getByRole('textbox', { name: 'Type the sandbox’s name to confirm' }).fill(sandbox.name);
    await dialog.getByRole('button', { name: 'Delete sandbox' }).click();
    await expect(page).toHaveURL(/\/sandboxes$/);
    expect((await request.get(`/api/sandboxes/${sandbox.id}`)).status()).toBe(404);
  });

  test('open the console focuses its command field; copy id copies it', async ({ page, api, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: appBaseURL() });
    const sandbox = await api.createSandbox();
    await openSandbox(page, sandbox);
    await openPalette(page);
    await paletteInput(page).fill('console');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('textbox', { name: 'Command' })).toBeFocused();

    await openPalette(page);
    await paletteInput(page).fill('copy');
    await page.keyboard.press('Enter');
    await expect(page.getByText(`Copied the id of ${sandbox.name}`)).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(sandbox.id);
  });

  test('goes to a page, and offers only the pages the role may open', async ({ page }) => {
    await page.goto('/sandboxes');
    await openPalette(page);
    const pages = palette(page).getByRole('group', { name: 'Go to' });
    await expect(pages.getByRole('option', { name: /^Templates/ })).toBeVisible();
    // An operator has no audit log and no user management.
    await expect(pages.getByRole('option', { name: /^Audit log/ })).toHaveCount(0);
    await expect(pages.getByRole('option', { name: /^Users/ })).toHaveCount(0);
    await paletteInput(page).fill('templ');
    await paletteOption(page, 'Templates').click();
    await expect(page).toHaveURL(/\/templates$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Templates' })).toBeVisible();
  });

  test('switches the theme and the time zone', async ({ page }) => {
    await page.goto('/sandboxes');
    await openPalette(page);
    await paletteInput(page).fill('dark');
    await paletteOption(page, 'Dark theme').click();
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await openPalette(page);
    await paletteInput(page).fill('light theme');
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
    await expect(page.locator('html')).toHaveClass(/\blight\b/);

    await openPalette(page);
    await paletteInput(page).fill('utc');
    await paletteOption(page, 'Show times in UTC').click();
    expect(await page.evaluate(() => localStorage.getItem('sandbox-console:time-zone'))).toBe('utc');
    await openPalette(page);
    await paletteInput(page).fill('utc');
    await expect(paletteOption(page, 'Show times in UTC')).toContainText('Current');
  });

  test('passes axe while open, with results', async ({ page, api }) => {
    const sandbox = await api.createSandbox();
    await openSandbox(page, sandbox);
    await openPalette(page);
    await expectNoA11yViolations(page);
    await paletteInput(page).fill(sandbox.name.slice(0, 6));
    await expect(paletteOption(page, sandbox.name)).toBeVisible();
    await expectNoA11yViolations(page);
  });
});

test.describe('the palette for a viewer', () => {
  test.use({ storageState: stateOf('viewer') });

  test('offers no pause, resume or delete, and nothing to create', async ({ page, playwright }) => {
    const operator = await playwright.request.newContext({
      baseURL: appBaseURL(),
      storageState: stateOf('operator'),
    });
    const sandbox = await createSandbox(operator, {}, appBaseURL());
    try {
      await openSandbox(page, sandbox);
      await openPalette(page);
      await expect(paletteOption(page, 'Copy the sandbox’s id')).toBeVisible();
      await expect(paletteOption(page, `Pause ${sandbox.name}`)).toHaveCount(0);
      await expect(paletteOption(page, `Delete ${sandbox.name}`)).toHaveCount(0);
      await expect(paletteOption(page, 'Open the console')).toHaveCount(0);
      await expect(palette(page).getByRole('group', { name: 'Create' })).toHaveCount(0);
      await paletteInput(page).fill('pause');
      await expect(palette(page).getByRole('option', { name: /^Pause/ })).toHaveCount(0);
    } finally {
      await operator.delete(`/api/sandboxes/${sandbox.id}`, { headers: { origin: appBaseURL() } });
      await operator.dispose();
    }
  });
});

test.describe('keyboard shortcuts list', () => {
  test('? opens it outside text fields, lists the keys, and passes axe', async ({ page }) => {
    await page.goto('/sandboxes');
    await listHydrated(page);
    await waitForShortcuts(page);

    // Typed into a field, `?` is just a character.
    const search = page.getByRole('searchbox', { name: 'Search by name' });
    await search.click();
    await page.keyboard.type('?');
    await expect(search).toHaveValue('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);
    await search.fill('');
    await search.blur();

    await page.keyboard.press('Shift+Slash');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Open or close the command palette');
    await expect(dialog).toContainText('Ctrl');
    await expect(dialog).toContainText('Walk back and forth through the command history');
    await expectNoA11yViolations(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    // The palette leads there too.
    await openPalette(page);
    await paletteInput(page).fill('shortcuts');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
  });
});
