/**
 * Rows in the first paint: the list and the detail page fetch their first data on the server (through the
 * proxy's rules) and hand it to the browser's query cache. The HTML carries the rows, never a secret, and the
 * browser does not ask for the same data again on load.
 */
import type { APIRequestContext, Page, Request } from '@playwright/test';
import { DEFAULT_API_KEY } from '@/lib/emulator/options';
import { appBaseURL, expect, test, uniqueName } from './fixtures';
import { isListRequest, listTable, rowOf, uniqueTag } from './list-helpers';
import { createTemplate, removeTemplate } from './template-helpers';

type WithToken = { id: string; name: string; access_token?: string };

/**
 * Creates a sandbox straight on the embedded API (/emulator, with its key), whose answer still carries the
 * access token the proxy strips: so the test knows the secret it must not find in the page.
 */
async function createWithToken(
  request: APIRequestContext,
  metadata: Record<string, string>,
): Promise<WithToken> {
  const response = await request.post('/emulator/sandboxes', {
    headers: { 'x-api-key': DEFAULT_API_KEY },
    data: { name: uniqueName('ssr'), metadata },
  });
  expect(response.status(), await response.text()).toBe(201);
  const sandbox = (await response.json()) as WithToken;
  expect(sandbox.access_token, 'the embedded API issues an access token').toEqual(expect.any(String));
  return sandbox;
}

async function removeViaEmulator(request: APIRequestContext, id: string): Promise<void> {
  await request.delete(`/emulator/sandboxes/${id}`, { headers: { 'x-api-key': DEFAULT_API_KEY } });
}

/** The header's shortcut is advertised only once the page's JavaScript runs: the page is hydrated. */
async function headerHydrated(page: Page): Promise<void> {
  await expect(page.getByRole('banner').getByRole('link', { name: 'New sandbox' })).toHaveAttribute(
    'aria-keyshortcuts',
    'c',
    { timeout: 20_000 },
  );
}

const isSandboxRead = (request: Request, id: string) =>
  request.method() === 'GET' && new URL(request.url()).pathname === `/api/sandboxes/${id}`;

/** A read of the templates or of one template's builds (the polls a build in flight makes are not counted). */
const isTemplateRead = (request: Request) =>
  request.method() === 'GET' &&
  /^\/api\/templates(\/[^/]+(\/builds)?)?$/.test(new URL(request.url()).pathname);

test.describe('rows in the first paint', () => {
  test('the list HTML carries the first page (filters, sort and paging applied) and no secret', async ({
    request,
  }) => {
    const tag = uniqueTag('ssr');
    const made: WithToken[] = [];
    try {
      for (let index = 0; index < 11; index += 1) {
        made.push(await createWithToken(request, { [tag.key]: tag.value }));
      }
      const names = made.map((sandbox) => sandbox.name).sort();
      // Signed in (the request context carries the admin's session), no JavaScript: the raw HTML.
      const view = (page: number) =>
        `/sandboxes?meta.${tag.key}=${encodeURIComponent(tag.value)}&sort=name&order=asc&size=10&page=${page}`;
      const html = await (await request.get(view(1))).text();
      const positions = names.slice(0, 10).map((name) => html.indexOf(`>${name}<`));
      for (const [index, position] of positions.entries()) {
        expect(position, `${names[index]} in the HTML`).toBeGreaterThan(-1);
      }
      // The URL's sort and paging are the server's too: A→Z by name, ten to a page.
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      expect(html).not.toContain(names[10] as string);
      expect(html).not.toContain(DEFAULT_API_KEY);
      for (const sandbox of made) expect(html).not.toContain(sandbox.access_token as string);
      expect(html).not.toContain('access_token');

      const second = await (await request.get(view(2))).text();
      expect(second).toContain(`>${names[10]}<`);
      expect(second).not.toContain(names[0] as string);
    } finally {
      for (const sandbox of made) await removeViaEmulator(request, sandbox.id);
    }
  });

  test('the list makes no request for its rows on load', async ({ page, api }) => {
    const tag = uniqueTag('ssr-load');
    const sandbox = await api.createSandbox({ metadata: { [tag.key]: tag.value } });
    const listCalls: string[] = [];
    page.on('request', (request) => {
      if (isListRequest(request)) listCalls.push(request.url());
    });
    await page.goto(`/sandboxes?meta.${tag.key}=${encodeURIComponent(tag.value)}`);
    await expect(rowOf(page, sandbox.name)).toBeVisible();
    await headerHydrated(page);
    await expect(listTable(page)).not.toHaveAttribute('aria-busy', 'true');
    expect(listCalls).toEqual([]);

    // The browser still fetches what the server did not: a new filter goes to /api as before.
    const next = page.waitForRequest(isListRequest);
    await page.getByRole('combobox', { name: 'Status' }).selectOption('paused');
    await next;
  });

  test('the detail page carries the sandbox in its HTML, without its token, and does not fetch it on load', async ({
    page,
    request,
  }) => {
    const sandbox = await createWithToken(request, {});
    try {
      const html = await (await request.get(`/sandboxes/${sandbox.id}`)).text();
      expect(html).toContain(`>${sandbox.name}<`);
      expect(html).not.toContain(sandbox.access_token as string);
      expect(html).not.toContain(DEFAULT_API_KEY);

      const reads: string[] = [];
      page.on('request', (read) => {
        if (isSandboxRead(read, sandbox.id)) reads.push(read.url());
      });
      await page.goto(`/sandboxes/${sandbox.id}`);
      await expect(page.getByRole('heading', { level: 1, name: sandbox.name })).toBeVisible();
      await headerHydrated(page);
      // The Connect snippets name this dashboard's own /emulator once the browser knows its origin.
      await expect(page.getByText(`${new URL(appBaseURL()).origin}/emulator`).first()).toBeAttached();
      expect(reads).toEqual([]);
    } finally {
      await removeViaEmulator(request, sandbox.id);
    }
  });

  test('the template pages carry the template and its builds in their HTML, and do not fetch them on load', async ({
    page,
    request,
  }) => {
    const template = await createTemplate(request);
    try {
      // A template's status moves while its first build runs: wait for it to settle, so a poll isn't counted.
      await expect
        .poll(
          async () =>
            ((await (await request.get(`/api/templates/${template.id}`)).json()) as { status: string })
              .status,
        )
        .toBe('ready');
      const detail = await (await request.get(`/templates/${template.id}`)).text();
      expect(detail).toContain(`>${template.name}<`);
      expect(detail).not.toContain(DEFAULT_API_KEY);
      const list = await (
        await request.get(`/templates?name_prefix=${encodeURIComponent(template.name)}`)
      ).text();
      expect(list).toContain(`>${template.name}<`);
      expect(list).not.toContain(DEFAULT_API_KEY);

      const reads: string[] = [];
      page.on('request', (read) => {
        if (isTemplateRead(read)) reads.push(new URL(read.url()).pathname);
      });
      await page.goto(`/templates/${template.id}`);
      await expect(page.getByRole('heading', { level: 1, name: template.name })).toBeVisible();
      await headerHydrated(page);
      await page.goto('/templates');
      await expect(page.getByRole('link', { name: template.name })).toBeVisible();
      await headerHydrated(page);
      expect(reads).toEqual([]);
    } finally {
      await removeTemplate(request, template.id);
    }
  });
});
