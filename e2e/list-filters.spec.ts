import { stateOf } from './accounts';
import { expect, expectNoA11yViolations, test } from './fixtures';
import {
  isListRequest,
  listTable,
  openTagged,
  pauseViaApi,
  refetchInBrowser,
  rowOf,
  shownNames,
  uniqueTag,
} from './list-helpers';

test.describe('list filters in the URL', () => {
  test('status, name search, metadata, sort and page size survive a reload and a shared link', async ({
    page,
    api,
    browser,
  }) => {
    test.slow(); // four sandboxes, every filter, two reloads and a second browser page
    const tag = uniqueTag();
    const meta = { [tag.key]: tag.value };
    const alpha = await api.createSandbox({ name: `${tag.value}-alpha`, metadata: { ...meta, env: 'prod' } });
    const beta = await api.createSandbox({ name: `${tag.value}-beta`, metadata: { ...meta, env: 'prod' } });
    const gamma = await api.createSandbox({ name: `${tag.value}-gamma`, metadata: { ...meta, env: 'dev' } });
    const paused = await api.createSandbox({
      name: `${tag.value}-delta`,
      metadata: { ...meta, env: 'prod' },
    });
    await pauseViaApi(page.request, paused.id);

    await openTagged(page, tag);
    await expect(listTable(page).getByRole('row')).toHaveCount(5); // header + 4

    // Status
    await page.getByRole('combobox', { name: 'Status' }).selectOption('active');
    await expect(page).toHaveURL(/status=active/);
    await expect.poll(() => shownNames(page)).toEqual([gamma.name, beta.name, alpha.name]);
    // Name search, debounced: one request after typing stops, not one per letter.
    const searches: string[] = [];
    page.on('request', (request) => {
      if (isListRequest(request)) searches.push(new URL(request.url()).searchParams.get('q') ?? '');
    });
    await page.getByRole('searchbox', { name: 'Search by name' }).pressSequentially('alpha', { delay: 50 });
    await expect(page).toHaveURL(/q=alpha/);
    await expect.poll(() => shownNames(page)).toEqual([alpha.name]);
    expect(searches.filter((q) => q !== '' && q !== 'alpha')).toEqual([]);
    await page.getByRole('searchbox', { name: 'Search by name' }).fill('');
    await expect(page).not.toHaveURL(/q=/);

    // Metadata key=value chip, sent as metadata.env=prod and ANDed with the tag.
    const request = page.waitForRequest(
      (r) => isListRequest(r) && new URL(r.url()).searchParams.get('metadata.env') === 'prod',
    );
    await page.getByRole('textbox', { name: 'Metadata filter (key=value)' }).fill('env=prod');
    await page.getByRole('textbox', { name: 'Metadata filter (key=value)' }).press('Enter');
    const sent = new URL((await request).url()).searchParams;
    expect(sent.get(`metadata.${tag.key}`)).toBe(tag.value);
    expect(sent.get('status')).toBe('active');
    await expect.poll(() => shownNames(page)).toEqual([beta.name, alpha.name]);

    // Sort by name (A→Z), then page size.
    await listTable(page).getByRole('button', { name: 'Name' }).click();
    await expect(listTable(page).getByRole('columnheader', { name: 'Name' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await expect.poll(() => shownNames(page)).toEqual([alpha.name, beta.name]);
    await page.getByRole('combobox', { name: 'Rows per page' }).selectOption('10');

    const url = page.url();
    expect(new URL(url).searchParams.get('sort')).toBe('name');
    expect(new URL(url).searchParams.get('size')).toBe('10');
    expect(new URL(url).searchParams.get('meta.env')).toBe('prod');

    // A reload keeps the whole view, and so does the link opened by someone else.
    await page.reload();
    await expect.poll(() => shownNames(page)).toEqual([alpha.name, beta.name]);
    await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('active');
    await expect(page.getByRole('list', { name: 'Filters' })).toContainText('env=prod');
    // Someone else's browser, in a context of its own: signed in as an operator, said here rather than inherited.
    const other = await browser.newPage({ storageState: stateOf('operator') });
    await other.goto(url);
    // A cold browser context on a busy machine: the first load takes a while.
    await expect.poll(() => shownNames(other), { timeout: 30_000 }).toEqual([alpha.name, beta.name]);
    await other.close();
    await expectNoA11yViolations(page);
  });

  test('clicking a chip in a row filters by it; clicking it again or Back removes it', async ({
    page,
    api,
  }) => {
    const tag = uniqueTag();
    const meta = { [tag.key]: tag.value };
    const prod = await api.createSandbox({ metadata: { env: 'prod', ...meta } });
    const dev = await api.createSandbox({ metadata: { env: 'dev', ...meta } });
    await openTagged(page, tag);
    await expect.poll(() => shownNames(page)).toEqual([dev.name, prod.name]);

    const request = page.waitForRequest(
      (r) => isListRequest(r) && new URL(r.url()).searchParams.get('metadata.env') === 'prod',
    );
    await rowOf(page, prod.name).getByRole('button', { name: 'Filter by env=prod' }).click();
    await request;
    await expect(page).toHaveURL(/meta\.env=prod/);
    await expect.poll(() => shownNames(page)).toEqual([prod.name]);
    await expect(rowOf(page, prod.name).getByRole('button', { name: 'Filter by env=prod' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await page.goBack();
    await expect(page).not.toHaveURL(/meta\.env=/);
    await expect.poll(() => shownNames(page)).toEqual([dev.name, prod.name]);

    await page.goForward();
    await expect.poll(() => shownNames(page)).toEqual([prod.name]);
    await rowOf(page, prod.name).getByRole('button', { name: 'Filter by env=prod' }).click();
    await expect.poll(() => shownNames(page)).toEqual([dev.name, prod.name]);
  });

  test('a bad metadata filter is explained and keeps what was typed', async ({ page }) => {
    await page.goto('/sandboxes');
    const box = page.getByRole('textbox', { name: 'Metadata filter (key=value)' });
    await box.fill('no-equals-sign');
    await box.press('Enter');
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Use the form key=value')).toBeVisible();
    await expect(box).toHaveValue('no-equals-sign');
    await expect(page).not.toHaveURL(/meta\./);
  });

  test('"Nothing matches" is told apart from "No sandboxes yet", and clears the filters', async ({
    page,
  }) => {
    const tag = uniqueTag('none');
    await openTagged(page, tag, 'status=paused&q=zz');
    await expect(page.getByRole('heading', { name: 'Nothing matches' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'No sandboxes yet' })).toHaveCount(0);
    await expectNoA11yViolations(page);

    await page.getByRole('main').getByRole('button', { name: 'Clear filters' }).last().click();
    await expect(page).toHaveURL(/\/sandboxes$/);
    await expect(listTable(page)).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Search by name' })).toHaveValue('');
  });

  test('"No sandboxes yet" invites creating the first one', async ({ page }) => {
    await page.route(
      (url) => url.pathname === '/api/sandboxes',
      (route) => route.fulfill({ json: [], headers: { 'x-total-count': '0' } }),
    );
    await page.goto('/sandboxes');
    await refetchInBrowser(page); // the first rows came from the server; the browser's next answer is empty
    await expect(page.getByRole('heading', { name: 'No sandboxes yet' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Nothing matches' })).toHaveCount(0);
    await expectNoA11yViolations(page);
    await page.getByRole('main').getByRole('link', { name: 'New sandbox' }).last().click();
    await expect(page).toHaveURL(/\/sandboxes\/new$/);
  });
});
