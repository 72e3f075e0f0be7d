import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from './fixtures';
import { openTagged, pauseViaApi, rowOf, shownNames, statusViaApi, uniqueTag } from './list-helpers';

const statusCell = (page: Page, name: string) => rowOf(page, name).getByRole('cell').nth(2);
const bulkBar = (page: Page) => page.getByRole('toolbar', { name: 'Bulk actions' });
const bulkPanel = (page: Page) => page.getByRole('region', { name: 'Bulk action' });

test.describe('row actions', () => {
  test('pause, resume and delete from the keyboard-operable row menu', async ({ page, api }) => {
    const tag = uniqueTag('row');
    const sandbox = await api.createSandbox({ metadata: { [tag.key]: tag.value } });
    await openTagged(page, tag);

    // Keyboard only: focus the trigger, open with Enter, move with the arrows.
    const trigger = rowOf(page, sandbox.name).getByRole('button', { name: `Actions for ${sandbox.name}` });
    await trigger.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu');
    await expect(menu.getByRole('menuitem')).toHaveText(['Open', 'Pause', 'Clone', 'Delete…']);
    await page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('menuitem', { name: 'Pause' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(statusCell(page, sandbox.name)).toHaveText('Paused', { timeout: 10_000 });
    expect(await statusViaApi(page.request, sandbox.id)).toBe('paused');
    await expect(trigger).toBeFocused();

    // A paused sandbox offers Resume instead of Pause.
    await page.keyboard.press('Enter');
    await expect(menu.getByRole('menuitem')).toHaveText(['Open', 'Resume', 'Clone', 'Delete…']);
    await menu.getByRole('menuitem', { name: 'Resume' }).press('Enter');
    await expect(statusCell(page, sandbox.name)).toHaveText('Active', { timeout: 10_000 });

    // Delete asks for the name first; Escape changes nothing.
    await trigger.press('Enter');
    await menu.getByRole('menuitem', { name: 'Delete…' }).press('Enter');
    const dialog = page.getByRole('dialog', { name: `Delete ${sandbox.name}?` });
    await expect(dialog).toBeVisible();
    await expectNoA11yViolations(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    expect(await statusViaApi(page.request, sandbox.id)).toBe('active');

    await trigger.press('Enter');
    await menu.getByRole('menuitem', { name: 'Delete…' }).press('Enter');
    const confirm = dialog.getByRole('button', { name: 'Delete sandbox' });
    await expect(confirm).toBeDisabled();
    await dialog.getByRole('textbox', { name: 'Type the sandbox’s name to confirm' }).fill(sandbox.name);
    await confirm.click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('region', { name: 'Notifications' })).toContainText(
      `Deleted ${sandbox.name}`,
    );
    await expect(page.getByRole('heading', { name: 'Nothing matches' })).toBeVisible();
    expect(await statusViaApi(page.request, sandbox.id)).toBe('gone');
  });

  test('open and clone from the row menu', async ({ page, api }) => {
    const tag = uniqueTag('clone');
    const sandbox = await api.createSandbox({ metadata: { [tag.key]: tag.value } });
    await openTagged(page, tag);
    await rowOf(page, sandbox.name)
      .getByRole('button', { name: `Actions for ${sandbox.name}` })
      .click();
    await page.getByRole('menuitem', { name: 'Clone' }).click();
    await expect(page).toHaveURL(new RegExp(`/sandboxes/new\\?from=${sandbox.id}$`));

    await openTagged(page, tag);
    await rowOf(page, sandbox.name)
      .getByRole('button', { name: `Actions for ${sandbox.name}` })
      .click();
    await page.getByRole('menuitem', { name: 'Open' }).click();
    await expect(page).toHaveURL(new RegExp(`/sandboxes/${sandbox.id}$`));
  });

  test('a pause the API refuses is explained, and the row keeps its real state', async ({ page, api }) => {
    const tag = uniqueTag('refused');
    const sandbox = await api.createSandbox({ metadata: { [tag.key]: tag.value } });
    await openTagged(page, tag);
    await page.route(`**/api/sandboxes/${sandbox.id}/pause`, (route) =>
      route.fulfill({
        status: 409,
        json: { error: { code: 'conflict', message: 'Sandbox is not in a valid state for this operation' } },
      }),
    );
    await rowOf(page, sandbox.name)
      .getByRole('button', { name: `Actions for ${sandbox.name}` })
      .click();
    await page.getByRole('menuitem', { name: 'Pause' }).click();
    const toast = page.getByRole('region', { name: 'Notifications' });
    await expect(toast).toContainText(`Couldn’t pause ${sandbox.name}`);
    await expect(toast).toContainText('no longer active');
    await expect(statusCell(page, sandbox.name)).toHaveText('Active');
  });
});

test.describe('bulk actions', () => {
  test('pause with one failure: the others are paused and reported, the failure is listed', async ({
    page,
    api,
  }) => {
    const tag = uniqueTag('bulk');
    const meta = { [tag.key]: tag.value };
    const a = await api.createSandbox({ metadata: meta });
    const b = await api.createSandbox({ metadata: meta });
    const c = await api.createSandbox({ metadata: meta });
    const alreadyPaused = await api.createSandbox({ metadata: meta });
    await pauseViaApi(page.request, alreadyPaused.id);
    await openTagged(page, tag);
    await page.route(`**/api/sandboxes/${b.id}/pause`, (route) =>
      route.fulfill({
        status: 500,
        json: { error: { code: 'internal_error', message: 'Snapshot storage is unavailable.' } },
      }),
    );

    await page.getByRole('checkbox', { name: 'Select all sandboxes on this page' }).check();
    await expect(bulkBar(page)).toContainText('4 sandboxes selected');
    await expectNoA11yViolations(page);
    // Only the active ones are sent; the paused one is skipped rather than earning a 409.
    await bulkBar(page).getByRole('button', { name: 'Pause (3)' }).click();

    const panel = bulkPanel(page);
    await expect(panel.getByRole('status')).toHaveText('2 paused · 1 failed · 1 skipped', {
      timeout: 15_000,
    });
    const results = panel.getByRole('list', { name: 'Results' });
    await expect(results.getByRole('listitem').filter({ hasText: a.name })).toContainText('Paused');
    await expect(results.getByRole('listitem').filter({ hasText: c.name })).toContainText('Paused');
    await expect(results.getByRole('listitem').filter({ hasText: b.name })).toContainText(
      'Failed: Snapshot storage is unavailable.',
    );
    await expect(results.getByRole('listitem').filter({ hasText: alreadyPaused.name })).toContainText(
      'Skipped: not active',
    );

    // The failure undid nothing: the API and the table agree.
    expect(await statusViaApi(page.request, a.id)).toBe('paused');
    expect(await statusViaApi(page.request, c.id)).toBe('paused');
    expect(await statusViaApi(page.request, b.id)).toBe('active');
    await expect(statusCell(page, a.name)).toHaveText('Paused');
    await expect(statusCell(page, b.name)).toHaveText('Active');
    // What failed stays selected for another try; what worked is no longer selected.
    await expect(rowOf(page, b.name).getByRole('checkbox')).toBeChecked();
    await expect(rowOf(page, a.name).getByRole('checkbox')).not.toBeChecked();
    await expectNoA11yViolations(page);

    await panel.getByRole('button', { name: 'Dismiss' }).click();
    await expect(panel).toBeHidden();
  });

  test('resume the selected rows', async ({ page, api }) => {
    const tag = uniqueTag('resume');
    const meta = { [tag.key]: tag.value };
    const one = await api.createSandbox({ metadata: meta });
    const two = await api.createSandbox({ metadata: meta });
    await pauseViaApi(page.request, one.id);
    await pauseViaApi(page.request, two.id);
    await openTagged(page, tag);
    await rowOf(page, one.name).getByRole('checkbox').check();
    await rowOf(page, two.name).getByRole('checkbox').check();
    await bulkBar(page).getByRole('button', { name: 'Resume (2)' }).click();
    await expect(bulkPanel(page).getByRole('status')).toHaveText('2 resumed', { timeout: 15_000 });
    await expect(statusCell(page, one.name)).toHaveText('Active');
    expect(await statusViaApi(page.request, two.id)).toBe('active');
  });

  test('delete is confirmed by typing the count, and a cancel stops what was not sent', async ({
    page,
    api,
  }) => {
    const tag = uniqueTag('delete');
    const created = [];
    for (let index = 0; index < 6; index += 1)
      created.push(await api.createSandbox({ metadata: { [tag.key]: tag.value } }));
    await openTagged(page, tag);
    await expect.poll(() => shownNames(page).then((names) => names.length)).toBe(6);

    // Hold every DELETE: four go out at once (the concurrency bound), two wait their turn.
    const held: Array<() => Promise<void>> = [];
    await page.route('**/api/sandboxes/*', async (route) => {
      if (route.request().method() !== 'DELETE') return route.fallback();
      await new Promise<void>((resolve) => held.push(async () => resolve()));
      await route.fallback();
    });

    await page.getByRole('checkbox', { name: 'Select all sandboxes on this page' }).check();
    await bulkBar(page).getByRole('button', { name: 'Delete (6)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete 6 sandboxes?' });
    const confirm = dialog.getByRole('button', { name: 'Delete 6 sandboxes' });
    await expect(confirm).toBeDisabled();
    await dialog.getByRole('textbox', { name: 'Type 6 to confirm' }).fill('5');
    await expect(confirm).toBeDisabled();
    await expectNoA11yViolations(page);
    await dialog.getByRole('textbox', { name: 'Type 6 to confirm' }).fill('6');
    await confirm.click();
    await expect(dialog).toBeHidden();

    await expect.poll(() => held.length).toBe(4);
    await bulkPanel(page).getByRole('button', { name: 'Cancel' }).click();
    await expect(bulkPanel(page)).toContainText('Cancelling');
    for (const release of held) await release();

    await expect(bulkPanel(page).getByRole('status')).toHaveText('4 deleted · 2 cancelled', {
      timeout: 15_000,
    });
    await expect(
      bulkPanel(page).getByRole('listitem').filter({ hasText: 'Cancelled, not sent' }),
    ).toHaveCount(2);
    const statuses = await Promise.all(created.map((sandbox) => statusViaApi(page.request, sandbox.id)));
    expect(statuses.filter((status) => status === 'gone')).toHaveLength(4);
    expect(statuses.filter((status) => status === 'active')).toHaveLength(2);
    await expect.poll(() => shownNames(page).then((names) => names.length)).toBe(2);
  });
});
