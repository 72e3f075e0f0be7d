import { expect, expectNoA11yViolations, test } from './fixtures';
import { openSandbox, statusBadge } from './detail-helpers';

test.describe('detail page: freshness', () => {
  test('a sandbox whose lifetime ends while its page is open is reported as gone', async ({ page, api }) => {
    test.setTimeout(90_000);
    // Long enough for the page to load first on a busy machine, short enough to watch it end.
    const sandbox = await api.createSandbox({ timeout_seconds: 20 });
    await openSandbox(page, sandbox);
    await expect(page.getByRole('region', { name: 'Details' })).toContainText(/ends in \d+s/);

    // No reload, no focus change: the page refetches when the lifetime ends and sees the 404.
    await expect(page.getByRole('heading', { level: 1, name: 'This sandbox no longer exists' })).toBeVisible({
      timeout: 40_000,
    });
    await expect(page.getByText(`${sandbox.name} was deleted, or its lifetime ended.`)).toBeVisible();
    await expectNoA11yViolations(page);

    await page.getByRole('link', { name: 'Back to sandboxes' }).click();
    await expect(page).toHaveURL(/\/sandboxes$/);
  });

  test('while the sandbox is pausing or resuming the page polls until it settles', async ({ page, api }) => {
    const sandbox = await api.createSandbox();
    // A clock the test can move: the page's copy of the sandbox must grow stale for a refocus to refetch it.
    await page.clock.install();
    await openSandbox(page, sandbox); // the server's copy: active
    let answered = 0;
    // The browser's next answers say "resuming", as a slow resume would; polling must pick up the real state after.
    await page.route(`**/api/sandboxes/${sandbox.id}`, async (route) => {
      if (route.request().method() !== 'GET') return route.fallback();
      answered += 1;
      if (answered > 2) return route.fallback();
      const response = await route.fetch();
      return route.fulfill({ response, json: { ...(await response.json()), status: 'resuming' } });
    });
    // Back to the tab a while later: the page asks for the sandbox again (TanStack's refetch on focus).
    await page.clock.fastForward(10_000);
    await page.evaluate(() => window.dispatchEvent(new Event('visibilitychange')));
    await expect(statusBadge(page, 'Resuming')).toBeVisible();
    await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Resuming…' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Pause' })).toHaveCount(0);

    await expect(statusBadge(page, 'Active')).toBeVisible({ timeout: 10_000 });
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    expect(answered).toBeGreaterThanOrEqual(3);
  });
});
