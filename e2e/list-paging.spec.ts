import type { SandboxResponse } from '@/lib/contract';
import { expect, expectNoA11yViolations, test } from './fixtures';
import {
  actLikeOlderDeployment,
  isListRequest,
  isListUrl,
  listTable,
  openTagged,
  refetchInBrowser,
  shownNames,
  uniqueTag,
} from './list-helpers';

type Api = { createSandbox: (body?: Record<string, unknown>) => Promise<SandboxResponse> };

/** Twelve tagged sandboxes named …-01 … -12, created in that order (so newest first is 12 → 01). */
async function createTwelve(api: Api, tag: { key: string; value: string }): Promise<string[]> {
  const names: string[] = [];
  for (let index = 1; index <= 12; index += 1) {
    const name = `${tag.value}-${String(index).padStart(2, '0')}`;
    await api.createSandbox({ name, metadata: { [tag.key]: tag.value } });
    names.push(name);
  }
  return names;
}

const pager = (page: import('@playwright/test').Page) => page.getByRole('navigation', { name: 'Pages' });

test.describe('paging', () => {
  test('pages through the rows, keeping the previous page on screen while the next one loads', async ({
    page,
    api,
  }) => {
    const tag = uniqueTag('paging');
    const names = await createTwelve(api, tag);
    const newestFirst = [...names].reverse();
    await openTagged(page, tag, 'size=10');

    await expect.poll(() => shownNames(page)).toEqual(newestFirst.slice(0, 10));
    await expect(pager(page)).toContainText('1–10 of 12');
    await expect(pager(page)).toContainText('Page 1 of 2');
    await expect(pager(page).getByRole('button', { name: 'Previous page' })).toBeDisabled();

    // Hold the next page's answer: the first page stays visible (dimmed, busy) until it arrives.
    // The click itself starts the request (while React renders the dimmed page), and only one is made.
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let secondPageRequests = 0;
    await page.route(isListUrl, async (route) => {
      if (new URL(route.request().url()).searchParams.get('offset') === '10') {
        secondPageRequests += 1;
        await gate;
      }
      await route.fallback();
    });
    await pager(page).getByRole('button', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(listTable(page)).toHaveAttribute('aria-busy', 'true');
    expect(await shownNames(page)).toEqual(newestFirst.slice(0, 10));
    release();
    await expect.poll(() => shownNames(page)).toEqual(newestFirst.slice(10));
    await expect(listTable(page)).not.toHaveAttribute('aria-busy', 'true');
    expect(secondPageRequests).toBe(1);
    await expect(pager(page)).toContainText('11–12 of 12');
    await expect(pager(page).getByRole('button', { name: 'Next page' })).toBeDisabled();

    // A bigger page goes back to page 1.
    await pager(page).getByRole('combobox', { name: 'Rows per page' }).selectOption('25');
    await expect(page).not.toHaveURL(/page=/);
    await expect.poll(() => shownNames(page)).toEqual(newestFirst);

    // A link to a page past the end shows the last page that exists.
    await openTagged(page, tag, 'size=10&page=7');
    await expect(page).toHaveURL(/page=2/);
    await expect.poll(() => shownNames(page)).toEqual(newestFirst.slice(10));
  });

  test('against an older deployment (no X-Total-Count) the browser pages, sorts and searches', async ({
    page,
    api,
  }) => {
    const tag = uniqueTag('older');
    const names = await createTwelve(api, tag);
    await actLikeOlderDeployment(page);
    const sent: URLSearchParams[] = [];
    page.on('request', (request) => {
      if (isListRequest(request)) sent.push(new URL(request.url()).searchParams);
    });

    await openTagged(page, tag, 'size=10');
    // The first page came from the server (this deployment pages); the browser's own fetches meet the older one.
    await refetchInBrowser(page);
    await expect(page.getByText('This API does not page or sort')).toBeVisible();
    await expect.poll(() => shownNames(page)).toEqual([...names].reverse().slice(0, 10));
    await expect(pager(page)).toContainText('1–10 of 12');

    await pager(page).getByRole('button', { name: 'Next page' }).click();
    await expect.poll(() => shownNames(page)).toEqual([names[1], names[0]]);

    await listTable(page).getByRole('button', { name: 'Name' }).click();
    await expect.poll(() => shownNames(page)).toEqual(names.slice(0, 10));

    await page.getByRole('searchbox', { name: 'Search by name' }).fill(`${tag.value}-1`);
    await expect.poll(() => shownNames(page)).toEqual(names.slice(9)); // -10, -11, -12
    await expect(pager(page)).toContainText('1–3 of 3');

    // The metadata filter still went to the server on every call.
    expect(sent.length).toBeGreaterThan(0);
    for (const params of sent) expect(params.get(`metadata.${tag.key}`)).toBe(tag.value);
    await expectNoA11yViolations(page);
  });
});

test('a large page virtualises its rows: few in the DOM, every one reachable and selectable', async ({
  page,
  api,
}) => {
  test.setTimeout(120_000);
  const tag = uniqueTag('large');
  const names: string[] = [];
  for (let index = 1; index <= 60; index += 1) {
    const name = `${tag.value}-${String(index).padStart(2, '0')}`;
    await api.createSandbox({ name, metadata: { [tag.key]: tag.value } });
    names.push(name);
  }
  await openTagged(page, tag, 'size=100');
  const table = listTable(page);
  await expect(table).toHaveAttribute('aria-rowcount', '61');
  await expect(page.getByRole('link', { name: names[59], exact: true })).toBeVisible();
  // Only the rows near the viewport are drawn.
  const drawn = await table.locator('tbody tr[data-index]').count();
  expect(drawn).toBeGreaterThan(5);
  expect(drawn).toBeLessThan(60);
  await expect(page.getByRole('link', { name: names[0], exact: true })).toHaveCount(0);

  // Scrolling draws the rest, with their positions for screen readers.
  await page.mouse.move(640, 500);
  await page.mouse.wheel(0, 20_000);
  const last = page.getByRole('row').filter({ has: page.getByRole('link', { name: names[0], exact: true }) });
  await expect(last).toBeVisible();
  await expect(last).toHaveAttribute('aria-rowindex', '61');

  // "Select all on this page" means all 60, drawn or not.
  await page.mouse.wheel(0, -20_000);
  await page.getByRole('checkbox', { name: 'Select all sandboxes on this page' }).check();
  await expect(page.getByRole('toolbar', { name: 'Bulk actions' })).toContainText('60 sandboxes selected');
  await expectNoA11yViolations(page);
});

test.describe('live updates', () => {
  test('the refresh interval is kept in the URL, polls, and pauses while the tab is hidden', async ({
    page,
    api,
  }) => {
    const tag = uniqueTag('live');
    await api.createSandbox({ metadata: { [tag.key]: tag.value } });
    await openTagged(page, tag);
    await expect(page.getByTestId('updated-ago')).toHaveText(/^Updated (just now|\d+ s ago)$/);

    await page.getByRole('combobox', { name: 'Auto-refresh' }).selectOption('5');
    await expect(page).toHaveURL(/refresh=5/);
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Auto-refresh' })).toHaveValue('5');

    // Created elsewhere: it appears on the next poll, without a reload.
    const later = await api.createSandbox({ metadata: { [tag.key]: tag.value } });
    await expect(page.getByRole('link', { name: later.name, exact: true })).toBeVisible({ timeout: 12_000 });

    // Hidden tab: no polling. TanStack Query reads document.visibilityState on visibilitychange.
    let polls = 0;
    page.on('request', (request) => {
      if (isListRequest(request)) polls += 1;
    });
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await page.waitForTimeout(11_000);
    expect(polls).toBe(0);
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await expect.poll(() => polls, { timeout: 8_000 }).toBeGreaterThan(0);
  });

  test('the manual refresh fetches again and resets "Updated … ago"', async ({ page, api }) => {
    const tag = uniqueTag('manual');
    await api.createSandbox({ metadata: { [tag.key]: tag.value } });
    await openTagged(page, tag);
    await expect(page.getByTestId('updated-ago')).toHaveText(/Updated [3-9] s ago/, { timeout: 12_000 });
    const refetch = page.waitForRequest(isListRequest);
    await page.getByRole('button', { name: 'Refresh the list' }).click();
    await refetch;
    await expect(page.getByTestId('updated-ago')).toHaveText(/^Updated (just now|[0-2] s ago)$/);
  });
});
