/**
 * The overview at `/`: counts that agree with the API and link to the filtered list, the resources and lifetimes
 * of what runs, the creations chart (loaded on demand) with its text alternative in the chosen zone, the
 * templates that need a look, and the recent activity for admins only. Specs share one server, so every count
 * is compared with the API at that moment, never with a fixed number.
 */
import type { APIRequestContext, Page, Request } from '@playwright/test';
import { stateOf } from './accounts';
import { expect, expectNoA11yViolations, test } from './fixtures';
import { actLikeOlderDeployment, isListRequest, pauseViaApi } from './list-helpers';

const STATES = ['active', 'paused', 'pausing', 'resuming', 'failed'] as const;

/** What the API counts for a state right now (one small request, as the page makes). */
async function apiCount(request: APIRequestContext, state: string): Promise<number> {
  const response = await request.get(`/api/sandboxes?status=${state}&limit=1`);
  expect(response.status()).toBe(200);
  return Number(response.headers()['x-total-count']);
}

function countValue(page: Page, state: string) {
  return page.getByTestId(`count-${state}`).getByTestId('count-value');
}

/** "Updated … ago" is drawn only by the browser: the page is hydrated and its controls answer. */
async function overviewHydrated(page: Page): Promise<void> {
  await expect(page.getByTestId('updated-ago')).toBeVisible({ timeout: 20_000 });
}

/** Every tile shows what the API counts; a refresh is tried if something changed between the two reads. */
async function expectCountsMatchApi(page: Page): Promise<void> {
  await expect(async () => {
    const expected = await Promise.all(STATES.map((state) => apiCount(page.request, state)));
    const shown = await Promise.all(STATES.map((state) => countValue(page, state).innerText()));
    if (shown.join() !== expected.join()) {
      await page.getByRole('button', { name: 'Refresh the overview' }).click();
    }
    expect(shown.map(Number)).toEqual(expected);
  }).toPass({ timeout: 30_000 });
}

/**
 * The colour of today's bar (the last, never empty in these specs) on the chart's canvas, and the page's accent
 * token: a canvas can't read CSS variables, so the chart must have read the token itself.
 */
async function todaysBarAndAccent(page: Page): Promise<{ bar: string; accent: string }> {
  return page.evaluate(() => {
    const figure = document.querySelector('figure') as HTMLElement;
    const over = (figure.querySelector('.u-over') as HTMLElement).getBoundingClientRect();
    const canvas = figure.querySelector('canvas') as HTMLCanvasElement;
    const box = canvas.getBoundingClientRect();
    const ratio = canvas.width / box.width;
    const x = (over.left + over.width * (6.5 / 7) - box.left) * ratio;
    const y = (over.bottom - 2 - box.top) * ratio;
    const [r = 0, g = 0, b = 0] = canvas.getContext('2d')?.getImageData(x, y, 1, 1).data ?? [];
    const hex = getComputedStyle(figure).getPropertyValue('--color-accent').trim();
    const channel = (at: number) => parseInt(hex.slice(at, at + 2), 16);
    return { bar: `${r},${g},${b}`, accent: `${channel(1)},${channel(3)},${channel(5)}` };
  });
}

test.describe('the overview', () => {
  test('counts match the API from the first paint, follow a change, and each links to the filtered list', async ({
    page,
    request,
    api,
  }) => {
    test.slow(); // several page loads and a pause on a shared machine
    // The counts are in the server's HTML, before any JavaScript runs.
    const html = await (await request.get('/')).text();
    expect(html).toContain('data-testid="count-active"');
    const activeNow = await apiCount(request, 'active');
    expect(html).toMatch(new RegExp(`data-testid="count-value">${activeNow}<`));

    // The browser finds the counts and the sandboxes in its cache: no list request on load.
    const listCalls: string[] = [];
    const onRequest = (request: Request) => {
      if (isListRequest(request)) listCalls.push(request.url());
    };
    page.on('request', onRequest);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    await overviewHydrated(page);
    await expect(
      page.getByRole('figure', { name: 'Sandboxes created' }).locator('canvas').first(),
    ).toBeVisible();
    expect(listCalls).toEqual([]);
    page.off('request', onRequest);
    await expectCountsMatchApi(page);

    // A pause moves one sandbox from active to paused; the refresh control shows it.
    const sandbox = await api.createSandbox();
    await pauseViaApi(page.request, sandbox.id);
    await page.getByRole('button', { name: 'Refresh the overview' }).click();
    await expectCountsMatchApi(page);

    await page.getByTestId('count-paused').click();
    await expect(page).toHaveURL(/\/sandboxes\?status=paused$/);
    await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('paused');
    const table = page.getByRole('table', { name: 'Sandboxes', exact: true });
    await expect(table.getByRole('link', { name: sandbox.name, exact: true })).toBeVisible();
    // Only paused rows: every status badge in the table reads Paused.
    const statuses = await table
      .getByRole('row')
      .locator('td')
      .getByText(/^(Active|Paused|Failed)$/)
      .allInnerTexts();
    expect(new Set(statuses)).toEqual(new Set(['Paused']));
  });

  test('auto-refresh is kept in the URL, as on the list, and polls the counts', async ({ page }) => {
    await page.goto('/');
    await overviewHydrated(page);
    await page.getByRole('combobox', { name: 'Auto-refresh' }).selectOption('5');
    await expect(page).toHaveURL(/\/\?refresh=5$/);
    const polled = await page.waitForRequest(
      (request) => isListRequest(request) && new URL(request.url()).searchParams.get('limit') === '1',
      { timeout: 15_000 },
    );
    expect(new URL(polled.url()).searchParams.get('status')).toMatch(
      /^(active|paused|pausing|resuming|failed)$/,
    );
    // Reloaded, the page keeps the choice.
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Auto-refresh' })).toHaveValue('5');
  });

  test('an API without X-Total-Count: each count is taken from its full answer', async ({ page }) => {
    await page.goto('/');
    await overviewHydrated(page);
    await actLikeOlderDeployment(page);
    const failedAnswer = page.waitForResponse(
      (response) =>
        isListRequest(response.request()) && new URL(response.url()).searchParams.get('status') === 'failed',
    );
    await page.getByRole('button', { name: 'Refresh the overview' }).click();
    const answer = await failedAnswer;
    expect(answer.headers()['x-total-count']).toBeUndefined();
    // The older API sent every sandbox, not one: the page counted the failed ones among them.
    expect(((await answer.json()) as unknown[]).length).toBeGreaterThan(1);
    await expectCountsMatchApi(page);
  });

  test('the resources of active sandboxes and a lifetime ending within the hour', async ({ page, api }) => {
    const ending = await api.createSandbox({ timeout_seconds: 30 * 60 });
    await page.goto('/');
    await overviewHydrated(page);

    const active = (await (
      await page.request.get('/api/sandboxes?status=active&limit=200')
    ).json()) as Array<{
      vcpu_count?: number;
    }>;
    const vcpus = active.reduce((sum, sandbox) => sum + (sandbox.vcpu_count ?? 0), 0);
    await expect(page.getByTestId('resources').getByText('vCPUs').locator('..')).toContainText(String(vcpus));

    const soon = page.getByRole('list', { name: 'Sandboxes ending soon, soonest first' });
    const row = soon.getByRole('listitem').filter({ hasText: ending.name });
    await expect(row).toContainText(/ends in (29|30)m/);
    await row.getByRole('link', { name: ending.name }).click();
    await expect(page.getByRole('heading', { level: 1, name: ending.name })).toBeVisible();
  });

  test('the creations chart loads on demand, with a tooltip and a text alternative that follow the range', async ({
    page,
    api,
  }) => {
    await api.createSandbox();
    await page.goto('/');
    await overviewHydrated(page);

    const card = page.getByRole('region', { name: 'Sandboxes created' });
    const chart = card.getByRole('figure', { name: 'Sandboxes created' });
    await expect(chart.locator('canvas').first()).toBeVisible();
    const text = card.getByTestId('creations-text');
    await expect(text.getByRole('table')).toBeAttached();
    await expect(text.getByRole('row')).toHaveCount(1 + 7);
    // Today's row (the last) counts at least the sandbox just created.
    const today = text.getByRole('row').last();
    expect(Number(await today.getByRole('cell').innerText())).toBeGreaterThanOrEqual(1);
    await expect(text).toContainText(/sandboxes? created in the last 7 days/);

    // The pointer over the last bar shows its day and count.
    const plot = chart.locator('.u-over');
    const box = await plot.boundingBox();
    if (!box) throw new Error('the chart has no plot area');
    await page.mouse.move(box.x + box.width - 10, box.y + box.height / 2);
    await expect(chart.getByTestId('chart-tooltip')).toContainText(/created/);

    // The keyboard reads the bars too: the chart is a slider over them, each step a day and its count.
    const bars = chart.getByRole('slider', { name: 'Sandboxes created per day' });
    await bars.focus();
    await page.keyboard.press('End');
    const lastDay = await text.getByRole('rowheader').last().innerText();
    await expect(chart.getByTestId('chart-tooltip')).toContainText(lastDay);
    await expect(bars).toHaveAttribute('aria-valuetext', new RegExp(`^${lastDay}: .*created$`));
    await page.keyboard.press('ArrowLeft');
    const dayBefore = await text.getByRole('rowheader').nth(5).innerText();
    await expect(chart.getByTestId('chart-tooltip')).toContainText(dayBefore);
    await expect(bars).toHaveAttribute('aria-valuenow', '5');

    await card.getByRole('button', { name: '24 hours' }).click();
    await expect(card.getByRole('button', { name: '24 hours' })).toHaveAttribute('aria-pressed', 'true');
    await expect(text.getByRole('row')).toHaveCount(1 + 24);
    await expect(text).toContainText('the last 24 hours');
  });

  test('the chart is drawn in the light tokens, and axe finds nothing', async ({ page }) => {
    await page.goto('/');
    await overviewHydrated(page);
    await expect(
      page.getByRole('figure', { name: 'Sandboxes created' }).locator('canvas').first(),
    ).toBeVisible();
    const light = await todaysBarAndAccent(page);
    expect(light.bar).toBe(light.accent);
    await expectNoA11yViolations(page);

    // The system turns dark while the page is open: the chart redraws in the new tokens.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveClass(/dark/);
    await expect.poll(async () => (await todaysBarAndAccent(page)).bar).not.toBe(light.bar);
    const dark = await todaysBarAndAccent(page);
    expect(dark.bar).toBe(dark.accent);
  });

  test.describe('in the dark theme', () => {
    test.use({ colorScheme: 'dark' });

    // The dark accent under white text meets 4.5:1 with the theme work of #13 (its dark tokens in globals.css).
    test('the chart is drawn in the dark tokens, and axe finds nothing', async ({ page }) => {
      await page.goto('/');
      await overviewHydrated(page);
      await expect(page.locator('html')).toHaveClass(/dark/);
      await expect(
        page.getByRole('figure', { name: 'Sandboxes created' }).locator('canvas').first(),
      ).toBeVisible();
      // Drawn in the dark accent, which is not the light one.
      await expect
        .poll(async () => {
          const dark = await todaysBarAndAccent(page);
          return dark.bar === dark.accent ? dark.bar : `${dark.bar} is not ${dark.accent}`;
        })
        .not.toContain('is not');
      await expectNoA11yViolations(page);
    });
  });
});

test.describe('the chart in a chosen zone', () => {
  test.use({ timezoneId: 'Asia/Kolkata' });

  test('hours read on the local clock, or in UTC once UTC is chosen', async ({ page }) => {
    await page.goto('/');
    await overviewHydrated(page);
    const card = page.getByRole('region', { name: 'Sandboxes created' });
    await card.getByRole('button', { name: '24 hours' }).click();
    const text = card.getByTestId('creations-text');
    await expect(text.getByRole('rowheader').first()).toContainText('GMT+5:30');
    await page.evaluate(() => window.localStorage.setItem('sandbox-console:time-zone', 'utc'));
    await page.reload();
    await overviewHydrated(page);
    await card.getByRole('button', { name: '24 hours' }).click();
    await expect(text.getByRole('rowheader').first()).toContainText('UTC');
  });
});

test.describe('recent activity', () => {
  test.describe('as an admin', () => {
    test.use({ storageState: stateOf('admin') });

    test('shows the last actions and who took them', async ({ page, api }) => {
      const sandbox = await api.createSandbox();
      await pauseViaApi(page.request, sandbox.id);
      await page.goto('/');
      const recent = page.getByRole('list', { name: 'Recent activity, newest first' });
      const entry = recent.getByRole('listitem').filter({ hasText: sandbox.name }).first();
      await expect(entry).toContainText('Pause sandbox');
      await expect(entry).toContainText('admin@e2e.test');
      expect(await recent.getByRole('listitem').count()).toBeLessThanOrEqual(10);
    });

    test('a section that fails says so with a retry, and the rest of the page stays', async ({ page }) => {
      // The audit log is the one section the browser fetches itself (admins only): make it fail there.
      await page.route('**/api/console/audit?**', (route) =>
        route.fulfill({
          status: 403,
          json: { error: { code: 'forbidden', message: 'The log is resting.' } },
        }),
      );
      await page.goto('/');
      const recent = page.getByRole('region', { name: 'Recent activity' });
      await expect(recent).toContainText("Couldn't load the recent activity");
      await expect(recent).toContainText('The log is resting.');
      await expect(recent.getByRole('button', { name: 'Try again' })).toBeVisible();
      await expect(countValue(page, 'active')).toHaveText(/^\d+$/);
      await expect(page.getByRole('region', { name: 'Resources in use' })).toContainText('vCPUs');
    });
  });

  test.describe('as a viewer', () => {
    test.use({ storageState: stateOf('viewer') });

    test('is not there and nothing asks for it; no New sandbox either', async ({ page }) => {
      const auditRequests: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname.startsWith('/api/console/audit'))
          auditRequests.push(request.url());
      });
      await page.goto('/');
      await overviewHydrated(page);
      await expect(page.getByRole('region', { name: 'Templates' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Recent activity' })).toHaveCount(0);
      await expect(page.getByRole('main').getByRole('link', { name: 'New sandbox' })).toHaveCount(0);
      expect(auditRequests).toEqual([]);
    });
  });
});
