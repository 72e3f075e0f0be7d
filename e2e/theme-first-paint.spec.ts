/**
 * The theme is right at the first paint, with no flash of the other one, and the header's choice is remembered.
 *
 * The theme must come from next-themes' inline script in the page's HTML, which runs under the page's CSP nonce
 * before anything is painted, not from React once it has hydrated (that would paint the wrong theme first). So
 * two ways of looking are used:
 * - with the app's JavaScript files blocked, React never runs: whatever theme the page has, the inline script
 *   set it (it would have none if the CSP refused the script, or the wrong one if the tokens followed only the
 *   media query while a choice of 'light' is stored);
 * - with everything loading, the colour of the page at its first frame, read just before that frame is painted.
 */
import type { Page } from '@playwright/test';
import { THEME_STORAGE_KEY } from '@/lib/client/theme';
import { stateOf } from './accounts';
import { expect, test } from './fixtures';

const CANVAS = { light: 'rgb(247, 247, 248)', dark: 'rgb(11, 11, 13)' } as const;
type Look = { theme: string; background: string };

test.use({ storageState: stateOf('operator') });

/** Refused scripts and the browser's CSP reports, from the moment the page is created. */
function watchForRefusals(page: Page): string[] {
  const refusals: string[] = [];
  page.on('console', (message) => {
    if (/Refused to execute|Content Security Policy|hydrat/i.test(message.text()))
      refusals.push(message.text());
  });
  page.on('pageerror', (error) => refusals.push(error.message));
  return refusals;
}

/** Loads `path` with none of the app's JavaScript files: only the HTML's inline scripts run. */
async function loadWithoutAppScripts(page: Page, path: string): Promise<Look> {
  await page.route(/\/_next\/static\/.*\.js(\?.*)?$/, (route) => route.abort());
  await page.goto(path);
  const look = await page.evaluate(() => ({
    theme: document.documentElement.className,
    background: getComputedStyle(document.body).backgroundColor,
  }));
  await page.unroute(/\/_next\/static\/.*\.js(\?.*)?$/);
  return look;
}

/** The page's theme and background at the first frame that has a body, read before it is painted. */
async function installFirstFrameProbe(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const probe = window as unknown as { __firstFrame?: Promise<Look> };
    probe.__firstFrame = new Promise((resolve) => {
      const look = () => {
        if (!document.body) return void requestAnimationFrame(look);
        resolve({
          theme: document.documentElement.className,
          background: getComputedStyle(document.body).backgroundColor,
        });
      };
      requestAnimationFrame(look);
    });
  });
}

const firstFrame = (page: Page) =>
  page.evaluate(() => (window as unknown as { __firstFrame: Promise<Look> }).__firstFrame);

test.describe('in a dark-scheme browser', () => {
  test.use({ colorScheme: 'dark' });

  test('with no choice made (system), the first paint is dark, set by the inline script under the CSP', async ({
    page,
  }) => {
    const refusals = watchForRefusals(page);
    const bare = await loadWithoutAppScripts(page, '/sandboxes');
    expect(bare.theme).toMatch(/(^|\s)dark(\s|$)/);
    expect(bare.background).toBe(CANVAS.dark);

    await installFirstFrameProbe(page);
    await page.reload();
    expect(await firstFrame(page)).toEqual({
      theme: expect.stringMatching(/\bdark\b/),
      background: CANVAS.dark,
    });
    await expect(page.getByRole('banner').getByRole('link', { name: 'New sandbox' })).toHaveAttribute(
      'aria-keyshortcuts',
      'c',
      { timeout: 20_000 },
    );
    expect(refusals).toEqual([]);
  });

  test('choosing Light in the header is remembered: light from the first paint on the next visit', async ({
    page,
  }) => {
    const refusals = watchForRefusals(page);
    await page.goto('/sandboxes');
    await expect(page.locator('body')).toHaveCSS('background-color', CANVAS.dark);
    await page.getByRole('banner').getByRole('button', { name: 'Theme and time zone' }).click();
    await page.getByRole('menuitemradio', { name: 'Light' }).click();
    await expect(page.locator('body')).toHaveCSS('background-color', CANVAS.light);
    expect(await page.evaluate((key) => localStorage.getItem(key), THEME_STORAGE_KEY)).toBe('light');

    const bare = await loadWithoutAppScripts(page, '/sandboxes');
    expect(bare).toEqual({ theme: expect.stringMatching(/\blight\b/), background: CANVAS.light });

    await installFirstFrameProbe(page);
    await page.reload();
    expect(await firstFrame(page)).toEqual({
      theme: expect.stringMatching(/\blight\b/),
      background: CANVAS.light,
    });
    // The menu shows the remembered choice as the checked one.
    await page.getByRole('banner').getByRole('button', { name: 'Theme and time zone' }).click();
    await expect(page.getByRole('menuitemradio', { name: 'Light' })).toHaveAttribute('aria-checked', 'true');
    await expect(page.getByRole('menuitemradio', { name: 'System' })).toHaveAttribute(
      'aria-checked',
      'false',
    );

    // Back to System: the browser's dark scheme again, at once.
    await page.getByRole('menuitemradio', { name: 'System' }).click();
    await expect(page.locator('body')).toHaveCSS('background-color', CANVAS.dark);
    expect(refusals).toEqual([]);
  });
});

test.describe('in a light-scheme browser', () => {
  test.use({ colorScheme: 'light' });

  test('choosing Dark in the header is remembered: dark from the first paint after a reload', async ({
    page,
  }) => {
    const refusals = watchForRefusals(page);
    await page.goto('/sandboxes');
    await expect(page.locator('body')).toHaveCSS('background-color', CANVAS.light);
    await page.getByRole('banner').getByRole('button', { name: 'Theme and time zone' }).click();
    await expect(page.getByRole('menuitemradio', { name: 'System' })).toHaveAttribute('aria-checked', 'true');
    await page.getByRole('menuitemradio', { name: 'Dark' }).click();
    await expect(page.locator('body')).toHaveCSS('background-color', CANVAS.dark);

    await installFirstFrameProbe(page);
    await page.reload();
    expect(await firstFrame(page)).toEqual({
      theme: expect.stringMatching(/\bdark\b/),
      background: CANVAS.dark,
    });

    const bare = await loadWithoutAppScripts(page, '/templates');
    expect(bare).toEqual({ theme: expect.stringMatching(/\bdark\b/), background: CANVAS.dark });
    expect(refusals).toEqual([]);
  });

  test('System follows the browser when its colour scheme changes, without a reload', async ({ page }) => {
    await page.goto('/sandboxes');
    await expect(page.locator('body')).toHaveCSS('background-color', CANVAS.light);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('body')).toHaveCSS('background-color', CANVAS.dark);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('body')).toHaveCSS('background-color', CANVAS.light);
  });
});
