/**
 * Dark mode (issue #13): every page passes axe, contrast included, in the light and the dark theme; the theme is
 * right at the first paint (next-themes' inline script runs under the page's CSP nonce, before any of the app's
 * JavaScript); the choice made in the header is remembered; 'system' follows the browser's colour scheme.
 */
import type { Page } from '@playwright/test';
import { THEME_STORAGE_KEY, type ThemeChoice } from '@/lib/client/theme';
import { ACCOUNTS, SIGNED_OUT, stateOf } from './accounts';
import { appBaseURL, expect, expectNoA11yViolations, test } from './fixtures';
import { SEEDED_SANDBOXES } from './seeded';

/** The page background (--color-canvas) of each theme, as getComputedStyle gives it. */
const CANVAS = { light: 'rgb(247, 247, 248)', dark: 'rgb(11, 11, 13)' } as const;
const SANDBOX = SEEDED_SANDBOXES[0];
/** The embedded API's seeded custom template, which has a finished build with a log. */
const TEMPLATE = { id: '5eed7e30-0000-4000-8000-000000000001', name: 'acme/data-tools' };

/** Stores a theme choice before any of the page's scripts run, as an earlier visit would have. */
async function rememberTheme(page: Page, theme: ThemeChoice): Promise<void> {
  await page.addInitScript(({ key, value }) => window.localStorage.setItem(key, value), {
    key: THEME_STORAGE_KEY,
    value: theme,
  });
}

async function expectTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await expect(page.locator('html')).toHaveClass(new RegExp(`(^|\\s)${theme}(\\s|$)`));
  await expect(page.locator('body')).toHaveCSS('background-color', CANVAS[theme]);
}

type PageCase = {
  name: string;
  path: string;
  /** Waits for the content worth scanning (data loaded, not a skeleton). */
  ready: (page: Page) => Promise<void>;
};

const h1 = (name: string | RegExp) => async (page: Page) => {
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible({ timeout: 20_000 });
};

/** Every page an admin reaches; each is scanned in both themes. */
const SIGNED_IN_PAGES: PageCase[] = [
  // `/` becomes an overview in #13; until then it leads to the list. Either way: its heading, then a scan.
  { name: 'home', path: '/', ready: async (page) => h1(/./)(page) },
  {
    name: 'sandbox list',
    path: '/sandboxes',
    ready: async (page) => {
      const table = page.getByRole('table', { name: 'Sandboxes', exact: true });
      await expect(table.getByRole('link', { name: SANDBOX.name, exact: true })).toBeVisible();
    },
  },
  {
    name: 'new sandbox',
    path: '/sandboxes/new',
    ready: async (page) => {
      await h1('New sandbox')(page);
      await expect(page.getByTestId('template-hint')).toContainText('inherits', { timeout: 20_000 });
    },
  },
  {
    name: 'sandbox detail, with a command’s output and its failing exit code',
    path: `/sandboxes/${SANDBOX.id}`,
    ready: async (page) => {
      await h1(SANDBOX.name)(page);
      // The sandbox is in the server's HTML: wait for the page's JavaScript before typing a command (the Connect
      // snippet names this origin only once hydrated, as openSandbox in detail-helpers.ts waits for).
      await expect(page.getByTestId('connect-snippet')).toContainText(
        `${new URL(appBaseURL()).origin}/emulator`,
        {
          timeout: 20_000,
        },
      );
      const panel = page.getByRole('region', { name: 'Console' });
      await panel.getByRole('textbox', { name: 'Command' }).fill('echo hello; echo oops 1>&2; exit 3');
      await panel.getByRole('button', { name: 'Run', exact: true }).click();
      await expect(panel.getByTestId('exec-exit')).toHaveText('Exit code 3', { timeout: 20_000 });
      await expect(panel.getByTestId('exec-output')).toContainText('oops');
    },
  },
  {
    name: 'template list',
    path: '/templates',
    ready: async (page) => {
      await h1('Templates')(page);
      await expect(page.getByRole('link', { name: TEMPLATE.name, exact: true }).first()).toBeVisible();
    },
  },
  { name: 'new template', path: '/templates/new', ready: h1(/template/i) },
  {
    name: 'template detail, with its build log',
    path: `/templates/${TEMPLATE.id}`,
    ready: async (page) => {
      await h1(TEMPLATE.name)(page);
      await expect(page.getByTestId('build-log').getByTestId('log-line').first()).toBeVisible({
        timeout: 20_000,
      });
    },
  },
  {
    name: 'audit log',
    path: '/audit',
    ready: async (page) => {
      await h1('Audit log')(page);
      await expect(page.getByRole('table', { name: 'Audit records, newest first' })).toBeVisible();
    },
  },
  { name: 'account', path: '/account', ready: h1('Your account') },
  {
    name: 'users',
    path: '/settings/users',
    ready: async (page) => {
      await h1('Users')(page);
      await expect(page.getByText(ACCOUNTS.viewer.email).first()).toBeVisible();
    },
  },
  { name: 'not found', path: '/no-such-page', ready: h1('Page not found') },
];

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme, as an admin`, () => {
    test.use({ storageState: stateOf('admin') });

    for (const { name, path, ready } of SIGNED_IN_PAGES) {
      test(`${name} (${path}) has no axe violations`, async ({ page, api }) => {
        // The audit log has a record to show whatever ran before (a fresh server starts with none).
        if (path === '/audit') await api.createSandbox();
        await rememberTheme(page, theme);
        await page.goto(path);
        await ready(page);
        await expectTheme(page, theme);
        await expectNoA11yViolations(page);
      });
    }

    test('the header’s theme menu has no axe violations, open', async ({ page }) => {
      await rememberTheme(page, theme);
      await page.goto('/sandboxes');
      await page.getByRole('banner').getByRole('button', { name: 'Theme and time zone' }).click();
      await expect(page.getByRole('menuitemradio', { name: 'Dark' })).toBeVisible();
      await expectTheme(page, theme);
      // The menu itself: while a Radix menu is open the page behind it is hidden from assistive technology on
      // purpose (and was scanned on its own above).
      await expectNoA11yViolations(page, { include: '[role="menu"]' });
    });
  });

  test.describe(`${theme} theme, signed out`, () => {
    test.use({ storageState: SIGNED_OUT });

    test('sign-in has no axe violations', async ({ page }) => {
      await rememberTheme(page, theme);
      await page.goto('/sign-in');
      await h1(/sign in/i)(page);
      await expectTheme(page, theme);
      await expectNoA11yViolations(page);
    });
  });
}
