import { expect, expectNoA11yViolations, pressNewSandboxShortcut, test } from './fixtures';
import {
  isListUrl,
  listHydrated,
  listTable,
  openTagged,
  refetchInBrowser,
  rowOf,
  shownNames,
  uniqueTag,
} from './list-helpers';
import { SEEDED_SANDBOXES } from './seeded';

test.describe('sandbox list', () => {
  test('the main navigation opens the list, which shows the seeded sandboxes', async ({ page }) => {
    test.slow(); // three page loads and an axe scan of a full table on a shared machine
    // `/` is the overview; the list is one click away.
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sandboxes' }).click();
    await expect(page).toHaveURL(/\/sandboxes$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Sandboxes' })).toBeVisible();

    // Oldest first, so sandboxes other specs create meanwhile cannot push the seeded ones off the first page.
    await page.goto('/sandboxes?order=asc');
    for (const { name, status } of SEEDED_SANDBOXES) {
      await expect(rowOf(page, name).getByRole('cell').nth(2)).toHaveText(status);
    }
    expect((await shownNames(page)).slice(0, SEEDED_SANDBOXES.length)).toEqual(
      SEEDED_SANDBOXES.map((seeded) => seeded.name).reverse(),
    );
    // The default order is the API's own: newest first.
    await page.goto('/sandboxes');
    const names = await shownNames(page);
    const seededOrder = names.filter((name) => SEEDED_SANDBOXES.some((seeded) => seeded.name === name));
    expect(seededOrder).toEqual(SEEDED_SANDBOXES.map((seeded) => seeded.name).slice(0, seededOrder.length));
    await expectNoA11yViolations(page);
  });

  test('the header names the mode and shows the API is healthy', async ({ page }) => {
    await page.goto('/sandboxes');
    const banner = page.getByRole('banner');
    await expect(banner.getByText('Embedded API')).toBeVisible();
    await expect(banner.getByRole('status')).toHaveText(/Healthy/);
    await expect(banner.getByRole('link', { name: 'Sandboxes' })).toHaveAttribute('aria-current', 'page');
  });

  test('a row shows every column and opens its detail page when clicked anywhere', async ({ page, api }) => {
    const tag = uniqueTag();
    const sandbox = await api.createSandbox({
      metadata: { [tag.key]: tag.value, team: 'e2e', owner: 'alice' },
      network: { allow_out: ['api.openai.com', '*.github.com'], deny_out: ['0.0.0.0/0'] },
      timeout_seconds: 3 * 3600 + 12 * 60 + 30,
    });
    await openTagged(page, tag);

    const row = rowOf(page, sandbox.name);
    await expect(row.getByRole('cell')).toHaveText([
      '',
      new RegExp(`^${sandbox.name}${sandbox.id.slice(0, 4)}…${sandbox.id.slice(-4)}`),
      'Active',
      'base',
      `${sandbox.vcpu_count} vCPU · 1 GiB`,
      /^(just now|\d+ s ago)$/,
      /^ends in 3h 1[12]m/,
      /suite=list-.*\+2$/,
      '2 allowed · 1 blocked',
      '',
    ]);
    // Absolute times on hover: when it was created and when its lifetime ends.
    await expect(row.getByRole('cell').nth(5).locator('time')).toHaveAttribute('title', /\d{4}/);
    await expect(row.getByRole('cell').nth(6).locator('time')).toHaveAttribute(
      'title',
      /^Lifetime ends .*\d{4}/,
    );
    // The network summary names every rule on hover.
    await expect(row.getByRole('cell').nth(8).locator('[title]')).toHaveAttribute(
      'title',
      'Allowed: api.openai.com, *.github.com\nBlocked: 0.0.0.0/0',
    );

    // "+2" unfolds the other chips.
    await row.getByRole('button', { name: 'Show 2 more metadata tags' }).click();
    await expect(row.getByRole('button', { name: 'Filter by team=e2e' })).toBeVisible();
    await expect(row.getByRole('button', { name: 'Filter by owner=alice' })).toBeVisible();

    // Clicking the status cell, not the link: the whole row leads to the sandbox.
    await row.getByRole('cell').nth(2).click();
    await expect(page).toHaveURL(new RegExp(`/sandboxes/${sandbox.id}$`));
    await expect(page.getByRole('heading', { level: 1, name: sandbox.name })).toBeVisible();
  });

  test('every state has a badge, an unknown one is shown neutrally, and the menu offers what the state allows', async ({
    page,
  }) => {
    // Seven rows, four menus opened and closed, an axe scan: ~15 s on an idle machine, but a saturated one
    // (builds and other suites running) pushed it past the default 60 s.
    test.slow();
    const item = (n: number, status: string) => ({
      id: `0000000${n}-0000-4000-8000-00000000000${n}`,
      name: `state-${status}`,
      status,
      vcpu_count: 1,
      memory_mib: 1024,
      created_at: new Date(Date.now() - n * 60_000).toISOString(),
      metadata: {},
    });
    const statuses = ['starting', 'active', 'pausing', 'paused', 'resuming', 'failed', 'hibernating'];
    await page.route(isListUrl, (route) =>
      route.fulfill({
        json: statuses.map((status, index) => item(index + 1, status)),
        headers: { 'x-total-count': String(statuses.length) },
      }),
    );
    await page.goto('/sandboxes');
    await refetchInBrowser(page); // the first rows came from the server; the browser's next answer is mocked
    const labels = ['Starting', 'Active', 'Pausing', 'Paused', 'Resuming', 'Failed', 'hibernating'];
    for (const [index, status] of statuses.entries()) {
      await expect(rowOf(page, `state-${status}`).getByRole('cell').nth(2)).toHaveText(
        labels[index] as string,
      );
    }
    await expect(rowOf(page, 'state-hibernating').getByText('hibernating', { exact: true })).toHaveAttribute(
      'title',
      'A status this dashboard does not know',
    );

    // The row menu's code loads on its first press: wait for the menu (auto-retrying), then read its items.
    const expectMenu = async (status: string, items: string[]) => {
      await rowOf(page, `state-${status}`)
        .getByRole('button', { name: `Actions for state-${status}` })
        .click();
      await expect(page.getByRole('menu').getByRole('menuitem')).toHaveText(items);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('menu')).toHaveCount(0);
    };
    await expectMenu('active', ['Open', 'Pause', 'Clone', 'Delete…']);
    await expectMenu('paused', ['Open', 'Resume', 'Clone', 'Delete…']);
    await expectMenu('resuming', ['Open', 'Resuming…', 'Clone', 'Delete…']);
    await expectMenu('hibernating', ['Open', 'Clone', 'Delete…']);
    // The badges' contrast, the neutral one included; the rest of the page is scanned by the other specs.
    await expectNoA11yViolations(page, { include: 'table' });
  });

  test('the short id copies the full id', async ({ page, api, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const tag = uniqueTag();
    const sandbox = await api.createSandbox({ metadata: { [tag.key]: tag.value } });
    await openTagged(page, tag);
    await rowOf(page, sandbox.name)
      .getByRole('button', { name: `Copy the id of ${sandbox.name}` })
      .click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied to clipboard' })).toBeAttached();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(sandbox.id);
    await expect(page).toHaveURL(/\/sandboxes\?/); // the click did not open the row
  });

  test('a row can be opened from the keyboard', async ({ page, api }) => {
    const tag = uniqueTag();
    const sandbox = await api.createSandbox({ metadata: { [tag.key]: tag.value } });
    await openTagged(page, tag);
    const link = page.getByRole('link', { name: sandbox.name, exact: true });
    await link.focus();
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/sandboxes/${sandbox.id}$`));
  });

  test('a failing API shows the error and a retry that recovers', async ({ page }) => {
    let fail = true;
    await page.route(isListUrl, (route) =>
      fail
        ? route.fulfill({
            status: 504,
            json: {
              error: { code: 'gateway_timeout', message: 'The Superserve API took too long to answer.' },
            },
          })
        : route.fallback(),
    );
    // The first rows come from the server; a view the browser fetches itself meets the failing API.
    await page.goto('/sandboxes');
    await listHydrated(page);
    await page.getByRole('combobox', { name: 'Status' }).selectOption('active');
    await expect(page.getByRole('heading', { name: "Couldn't load sandboxes" })).toBeVisible({
      timeout: 15_000,
    });
    await expect(page.getByText('The Superserve API took too long to answer.')).toBeVisible();
    await expectNoA11yViolations(page);

    fail = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(listTable(page)).toBeVisible();
  });

  test('the header and toolbar stream at once, grey rows standing in until the rows follow', async ({
    request,
  }) => {
    // The rows are fetched on the server inside a Suspense boundary: the response sends the page's frame with
    // the toolbar and a skeleton first, then the rows, so a slow upstream never holds back the frame.
    const html = await (await request.get('/sandboxes')).text();
    const toolbar = html.indexOf('aria-label="Search by name"');
    const skeleton = html.indexOf('aria-label="Sandboxes (loading)"');
    const rows = html.indexOf('aria-label="Sandboxes"');
    expect(toolbar).toBeGreaterThan(-1);
    expect(skeleton).toBeGreaterThan(toolbar);
    expect(rows).toBeGreaterThan(skeleton);
  });
});

test('the c key opens the create form', async ({ page, request }) => {
  // The server's HTML does not promise a shortcut that cannot work until the page's JavaScript runs.
  expect(await (await request.get('/sandboxes')).text()).not.toContain('aria-keyshortcuts');
  await page.goto('/sandboxes');
  // A first load hydrates and fetches; like the other first-load waits, give a busy machine time.
  await expect(listTable(page)).toBeVisible({ timeout: 20_000 });
  await pressNewSandboxShortcut(page);
  await expect(page).toHaveURL(/\/sandboxes\/new$/);
});
