import { expect, expectNoA11yViolations, test } from './fixtures';
import { SEEDED_SANDBOXES } from './seeded';

test.describe('sandbox list', () => {
  test('/ opens the list, which shows the seeded sandboxes', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/sandboxes$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Sandboxes' })).toBeVisible();

    const table = page.getByRole('table', { name: 'Sandboxes' });
    for (const { name, status } of SEEDED_SANDBOXES) {
      const row = table.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
      await expect(row).toBeVisible();
      await expect(row.getByRole('cell').nth(1)).toHaveText(status);
    }
    // Newest first, as the API sends them (other specs' sandboxes may sit above; the seeded order holds).
    const names = await table.getByRole('row').getByRole('link').allTextContents();
    const seededOrder = names.filter((name) => SEEDED_SANDBOXES.some((seeded) => seeded.name === name));
    expect(seededOrder).toEqual(SEEDED_SANDBOXES.map((seeded) => seeded.name));
    await expectNoA11yViolations(page);
  });

  test('the header names the mode and shows the API is healthy', async ({ page }) => {
    await page.goto('/sandboxes');
    const banner = page.getByRole('banner');
    await expect(banner.getByText('Local sandbox API')).toBeVisible();
    await expect(banner.getByRole('status')).toHaveText(/Healthy/);
    await expect(banner.getByRole('link', { name: 'Sandboxes' })).toHaveAttribute('aria-current', 'page');
  });

  test('a row shows the sandbox and opens its detail page when clicked anywhere', async ({ page, api }) => {
    const sandbox = await api.createSandbox({ metadata: { team: 'e2e' } });
    await page.goto('/sandboxes');

    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: sandbox.name, exact: true }) });
    await expect(row.getByRole('cell')).toHaveText([
      new RegExp(sandbox.name),
      'Active',
      `${sandbox.vcpu_count} vCPU`,
      /MiB|GiB/,
      'just now',
    ]);
    await expect(row.locator('time')).toHaveAttribute('title', /\d{4}/);

    // Clicking the status cell, not the link: the whole row leads to the sandbox.
    await row.getByRole('cell').nth(1).click();
    await expect(page).toHaveURL(new RegExp(`/sandboxes/${sandbox.id}$`));
    await expect(page.getByRole('heading', { level: 1, name: sandbox.name })).toBeVisible();
  });

  test('a row can be opened from the keyboard', async ({ page, api }) => {
    const sandbox = await api.createSandbox();
    await page.goto('/sandboxes');
    const link = page.getByRole('link', { name: sandbox.name, exact: true });
    await link.focus();
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/sandboxes/${sandbox.id}$`));
  });

  test('an empty list invites creating the first sandbox', async ({ page }) => {
    await page.route('**/api/sandboxes', (route) => route.fulfill({ json: [] }));
    await page.goto('/sandboxes');
    await expect(page.getByRole('heading', { name: 'No sandboxes yet' })).toBeVisible();
    await expectNoA11yViolations(page);
    // The empty state's own button (the last "New sandbox" on the page) leads to the form.
    await page.getByRole('main').getByRole('link', { name: 'New sandbox' }).last().click();
    await expect(page).toHaveURL(/\/sandboxes\/new$/);
  });

  test('a failing API shows the error and a retry that recovers', async ({ page }) => {
    let fail = true;
    await page.route('**/api/sandboxes', (route) =>
      fail
        ? route.fulfill({
            status: 504,
            json: {
              error: { code: 'gateway_timeout', message: 'The Superserve API took too long to answer.' },
            },
          })
        : route.fallback(),
    );
    await page.goto('/sandboxes');
    await expect(page.getByRole('heading', { name: "Couldn't load sandboxes" })).toBeVisible({
      timeout: 15_000,
    });
    await expect(page.getByText('The Superserve API took too long to answer.')).toBeVisible();
    await expectNoA11yViolations(page);

    fail = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('table', { name: 'Sandboxes' })).toBeVisible();
  });

  test('the skeleton is shown while the list loads', async ({ page }) => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/sandboxes', async (route) => {
      await gate;
      await route.fallback();
    });
    await page.goto('/sandboxes');
    await expect(page.getByRole('status').filter({ hasText: 'Loading sandboxes' })).toBeAttached();
    await expect(page.getByRole('table', { name: 'Sandboxes (loading)' })).toBeVisible();
    release();
    await expect(page.getByRole('table', { name: 'Sandboxes' })).toBeVisible();
  });
});

test('the c key opens the create form', async ({ page }) => {
  await page.goto('/sandboxes');
  await expect(page.getByRole('table', { name: 'Sandboxes' })).toBeVisible();
  await page.keyboard.press('c');
  await expect(page).toHaveURL(/\/sandboxes\/new$/);
});
