import { expect, expectNoA11yViolations, test } from './fixtures';

test('an unknown page shows the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole('link', { name: 'Go to sandboxes' }).click();
  await expect(page).toHaveURL(/\/sandboxes$/);
});
