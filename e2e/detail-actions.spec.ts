import { expect, expectNoA11yViolations, test } from './fixtures';
import { getViaApi, openSandbox, pauseViaApi, statusBadge } from './detail-helpers';

test.describe('detail page: pause, resume and delete', () => {
  test('pause, then resume, with only the action the state allows', async ({ page, api, request }) => {
    const sandbox = await api.createSandbox();
    await openSandbox(page, sandbox);
    const header = page.getByRole('main');

    await expect(statusBadge(page, 'Active')).toBeVisible();
    await expect(header.getByRole('button', { name: 'Resume' })).toHaveCount(0);
    await header.getByRole('button', { name: 'Pause' }).click();

    await expect(statusBadge(page, 'Paused')).toBeVisible();
    await expect(header.getByRole('button', { name: 'Pause' })).toHaveCount(0);
    // The first pause takes the snapshot; the facts strip shows its id.
    const paused = await getViaApi(request, sandbox.id);
    expect(paused.status).toBe('paused');
    await expect(
      page.getByRole('region', { name: 'Details' }).getByText(paused.snapshot_id ?? 'x'),
    ).toBeVisible();
    await expectNoA11yViolations(page);

    await header.getByRole('button', { name: 'Resume' }).click();
    await expect(statusBadge(page, 'Active')).toBeVisible();
    await expect(header.getByRole('button', { name: 'Pause' })).toBeVisible();
    expect((await getViaApi(request, sandbox.id)).status).toBe('active');
  });

  test('the list shows the new state after an action on the detail page', async ({ page, api }) => {
    const sandbox = await api.createSandbox();
    await openSandbox(page, sandbox);
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(statusBadge(page, 'Paused')).toBeVisible();

    // Client-side navigation: the list renders from the cache the action updated.
    await page.getByRole('link', { name: 'Sandboxes' }).first().click();
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: sandbox.name, exact: true }) });
    await expect(row).toContainText('Paused');
  });

  test('a 409 is explained beside the buttons when the state changed elsewhere', async ({
    page,
    api,
    request,
  }) => {
    const sandbox = await api.createSandbox();
    await openSandbox(page, sandbox);
    await pauseViaApi(request, sandbox.id); // another tab pauses it; this page still shows "Active"

    await page.getByRole('button', { name: 'Pause' }).click();
    const error = page.getByTestId('action-error').filter({ hasText: 'Couldn’t pause the sandbox' });
    await expect(error).toContainText('Only an active sandbox can be paused.');
    // The page refetched after the refusal and now offers what the state allows.
    await expect(statusBadge(page, 'Paused')).toBeVisible();
    await expect(error).toContainText('It is paused now.');
    await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  });

  test('delete asks for the name, then leaves for the list, which no longer shows it', async ({
    page,
    api,
  }) => {
    const sandbox = await api.createSandbox();
    await openSandbox(page, sandbox);

    await page.getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog', { name: `Delete ${sandbox.name}?` });
    await expect(dialog).toBeVisible();
    const confirm = dialog.getByRole('button', { name: 'Delete sandbox' });
    await expect(confirm).toBeDisabled();
    const input = dialog.getByRole('textbox', { name: 'Type the sandbox’s name to confirm' });
    await input.fill(sandbox.name.slice(0, -1));
    await expect(confirm).toBeDisabled();
    await expectNoA11yViolations(page);

    await input.fill(sandbox.name);
    await confirm.click();
    await expect(page).toHaveURL(/\/sandboxes$/);
    await expect(page.getByText(`Deleted ${sandbox.name}`)).toBeVisible();
    await expect(page.getByRole('link', { name: sandbox.name, exact: true })).toHaveCount(0);

    const response = await page.request.get(`/api/sandboxes/${sandbox.id}`);
    expect(response.status()).toBe(404);
  });

  test('closing the delete dialog deletes nothing', async ({ page, api, request }) => {
    const sandbox = await api.createSandbox();
    await openSandbox(page, sandbox);
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog').getByRole('textbox').fill(sandbox.name);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect((await getViaApi(request, sandbox.id)).status).toBe('active');
  });
});
