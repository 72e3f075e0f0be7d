/**
 * A phone's width: the header's five sections don't fit in a row, so they are one menu button naming the section
 * you are in; and no page is wider than the screen.
 */
import type { Page } from '@playwright/test';
import { stateOf } from './accounts';
import { expect, expectNoA11yViolations, test } from './fixtures';

// An admin sees every section: the widest header there is.
test.use({ viewport: { width: 375, height: 740 }, storageState: stateOf('admin') });

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    screen: document.documentElement.clientWidth,
  }));
  expect(widths.page).toBeLessThanOrEqual(widths.screen);
}

test('the sections are one menu that names where you are, and the header fits a phone', async ({ page }) => {
  await page.goto('/sandboxes');
  const header = page.getByRole('banner');
  // The row of links is not shown; the menu button is, with the current section.
  await expect(header.getByRole('link', { name: 'Audit log' })).toBeHidden();
  const sections = header.getByRole('button', { name: 'Sections: Sandboxes' });
  await expect(sections).toBeVisible();
  await expectNoSidewaysScroll(page);

  await sections.click();
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem')).toHaveText([
    'Overview',
    'Sandboxes',
    'Templates',
    'Users',
    'Audit log',
  ]);
  await expect(menu.getByRole('menuitem', { name: 'Sandboxes' })).toHaveAttribute('aria-current', 'page');
  await expectNoA11yViolations(page, { include: '[role=menu]' });

  await menu.getByRole('menuitem', { name: 'Audit log' }).click();
  await expect(page).toHaveURL(/\/audit$/);
  await expect(header.getByRole('button', { name: 'Sections: Audit log' })).toBeVisible();
  await expectNoSidewaysScroll(page);
});

// Wide tables scroll inside their card; nothing else may make the page itself scroll sideways.
for (const path of [
  '/',
  '/sandboxes',
  '/sandboxes/new',
  '/templates',
  '/templates/new',
  '/audit',
  '/settings/users',
]) {
  test(`${path} does not scroll sideways on a phone`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    await expectNoSidewaysScroll(page);
  });
}

test('the section menu works from the keyboard', async ({ page }) => {
  await page.goto('/');
  const sections = page.getByRole('banner').getByRole('button', { name: 'Sections: Overview' });
  await sections.focus();
  await page.keyboard.press('Enter');
  // Opened from the keyboard, focus lands on the first section.
  await expect(page.getByRole('menuitem', { name: 'Overview' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sandboxes$/);
});

// The widest header (an admin's: five sections, search, API status, New sandbox, UTC, theme, account) fits in its
// one row at every width: nothing is pushed out of reach. The sections are a row from xl (1280) and a menu below.
for (const width of [375, 640, 768, 1024, 1280, 1440]) {
  test.describe(`at ${width}px`, () => {
    test.use({ viewport: { width, height: 800 } });
    test('the header fits its row, account menu included', async ({ page }) => {
      await page.goto('/sandboxes');
      const header = page.getByRole('banner');
      await expect(header.getByRole('button', { name: /account/i })).toBeVisible();
      const sectionsInARow = header.getByRole('link', { name: 'Audit log' });
      if (width >= 1280) await expect(sectionsInARow).toBeVisible();
      else await expect(header.getByRole('button', { name: 'Sections: Sandboxes' })).toBeVisible();
      const row = header.locator('> div');
      const overflow = await row.evaluate((element) => element.scrollWidth - element.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}
