/**
 * Helpers for the list specs. Specs share one server with every other spec, so each test tags the sandboxes it
 * creates with its own metadata value and looks at the list through that filter (`meta.<key>=<value>` in the URL).
 */
import type { APIRequestContext, Locator, Page, Request, Route } from '@playwright/test';
import { appBaseURL, expect, uniqueName } from './fixtures';

export const LIST = '/sandboxes';

/** A metadata tag no other test uses: `{ key: 'suite', value: 'list-…' }`. */
export function uniqueTag(prefix = 'list'): { key: string; value: string } {
  return { key: 'suite', value: uniqueName(prefix) };
}

export function listTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Sandboxes', exact: true });
}

/** The row whose name link is exactly `name`. */
export function rowOf(page: Page, name: string): Locator {
  return listTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name, exact: true }) });
}

/** Names in the order the table shows them. */
export async function shownNames(page: Page): Promise<string[]> {
  return listTable(page).getByRole('row').getByRole('link').allTextContents();
}

/**
 * Waits until the list's JavaScript runs. Its rows come in the server's HTML, before the page can react to a
 * click; "Updated … ago" is drawn only by the browser (it needs the viewer's clock), once the list is hydrated.
 */
export async function listHydrated(page: Page): Promise<void> {
  await expect(page.getByTestId('updated-ago')).toBeVisible({ timeout: 20_000 });
}

/** Opens the list filtered to one tag (plus any extra URL parameters) and waits for the rows, hydrated. */
export async function openTagged(page: Page, tag: { key: string; value: string }, extra = ''): Promise<void> {
  const params = new URLSearchParams(extra);
  params.set(`meta.${tag.key}`, tag.value);
  await page.goto(`${LIST}?${params.toString()}`);
  await expect(listTable(page).or(page.getByRole('heading', { name: 'Nothing matches' }))).toBeVisible({
    timeout: 20_000,
  });
  await listHydrated(page);
}

/**
 * The first rows come with the page (fetched on the server), so a page.route on /api/sandboxes sees only the
 * browser's own fetches: this makes the browser fetch the list again, as the Refresh button does.
 */
export async function refetchInBrowser(page: Page): Promise<void> {
  await listHydrated(page);
  const request = page.waitForRequest(isListRequest);
  await page.getByRole('button', { name: 'Refresh the list' }).click();
  await request;
}

/** For page.route: the list endpoint `/api/sandboxes` with any query, and nothing under it. */
export function isListUrl(url: URL): boolean {
  return url.pathname === '/api/sandboxes';
}

/** True for the browser's `GET /api/sandboxes?…` list calls (not a single sandbox, not an action). */
export function isListRequest(request: Request): boolean {
  const url = new URL(request.url());
  return request.method() === 'GET' && url.pathname === '/api/sandboxes';
}

/**
 * Makes the embedded API behave like an older deployment: it only receives the metadata filters (older
 * deployments ignore status, q, sort, order, limit and offset) and its answer carries no X-Total-Count.
 */
export async function actLikeOlderDeployment(page: Page): Promise<void> {
  await page.route(isListUrl, async (route: Route) => {
    if (route.request().method() !== 'GET') return route.fallback();
    const url = new URL(route.request().url());
    const kept = new URLSearchParams();
    for (const [key, value] of url.searchParams) if (key.startsWith('metadata.')) kept.append(key, value);
    url.search = kept.toString();
    const response = await route.fetch({ url: url.toString() });
    const headers = { ...response.headers() };
    delete headers['x-total-count'];
    await route.fulfill({ response, headers });
  });
}

/** Pauses a sandbox through the proxy (writes need the dashboard's Origin); the API answers once it is paused. */
export async function pauseViaApi(request: APIRequestContext, id: string): Promise<void> {
  const response = await request.post(`/api/sandboxes/${id}/pause`, { headers: { origin: appBaseURL() } });
  expect(response.status(), `pause ${id}: ${await response.text()}`).toBe(204);
}

/** The sandbox's status as the API reports it now, or 'gone' after a 404. */
export async function statusViaApi(request: APIRequestContext, id: string): Promise<string> {
  const response = await request.get(`/api/sandboxes/${id}`);
  if (response.status() === 404) return 'gone';
  return ((await response.json()) as { status: string }).status;
}
