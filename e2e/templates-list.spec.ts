import type { Page } from '@playwright/test';
import { stateOf } from './accounts';
import { expect, expectNoA11yViolations, test } from './fixtures';
import {
  actLikeOlderDeployment,
  listHydrated,
  listTable,
  rowOf,
  shownNames,
  uniqueTag,
} from './list-helpers';
import {
  createTemplate,
  openRowMenu,
  removeTemplate,
  templateRow,
  templateStatus,
  templatesTable,
  waitForTemplate,
} from './template-helpers';

/** The seeded team template (lib/emulator/seed.ts): ready, python:3.11, 2 vCPU / 2 GiB / 8 GiB, one build. */
const SEEDED = { id: '5eed7e30-0000-4000-8000-000000000001', name: 'acme/data-tools' };

const cell = (page: Page, name: string, column: number) =>
  templateRow(page, name).getByRole('cell').nth(column);
const COLUMNS = { status: 1, resources: 2, base: 3, build: 4, created: 5, sandboxes: 6 } as const;

async function openTemplates(page: Page, query = ''): Promise<void> {
  await page.goto(`/templates${query}`);
  await expect(templatesTable(page)).toBeVisible({ timeout: 20_000 });
}

/** Every template a test made is deleted when it ends, so the team's limit of 10 is never reached. */
const made: string[] = [];
test.afterEach(async ({ request }) => {
  for (const id of made.splice(0)) await removeTemplate(request, id);
});

test.describe('the templates list', () => {
  test('shows system and team templates with their facts', async ({ page }) => {
    await openTemplates(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Templates' })).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Templates' }),
    ).toHaveAttribute('aria-current', 'page');
    await expect(templatesTable(page).getByRole('columnheader')).toHaveText([
      'Name',
      'Status',
      'vCPU · memory · disk',
      'Base image',
      'Latest build',
      'Created',
      'Sandboxes',
      'Actions',
    ]);

    // A system template: marked, its base image not published, no builds of ours.
    const base = templateRow(page, 'superserve/base');
    await expect(base.getByText('System', { exact: true })).toBeVisible();
    await expect(cell(page, 'superserve/base', COLUMNS.status)).toHaveText('Ready');
    await expect(cell(page, 'superserve/base', COLUMNS.resources)).toHaveText('1 vCPU · 1 GiB · 4 GiB');
    await expect(cell(page, 'superserve/base', COLUMNS.base)).toHaveText('—');
    await expect(cell(page, 'superserve/base', COLUMNS.build)).toHaveText('—');
    // Three seeded sandboxes boot from superserve/base; other specs may add more.
    await expect(cell(page, 'superserve/base', COLUMNS.sandboxes)).toHaveText(/^\d+$/);
    expect(
      Number(await cell(page, 'superserve/base', COLUMNS.sandboxes).textContent()),
    ).toBeGreaterThanOrEqual(3);

    // The seeded team template: not marked, its base image and last build shown, one sandbox uses it.
    const team = templateRow(page, SEEDED.name);
    await expect(team.getByText('System', { exact: true })).toHaveCount(0);
    await expect(cell(page, SEEDED.name, COLUMNS.resources)).toHaveText('2 vCPU · 2 GiB · 8 GiB');
    await expect(cell(page, SEEDED.name, COLUMNS.base)).toHaveText('python:3.11');
    await expect(cell(page, SEEDED.name, COLUMNS.build)).toContainText(/^Ready.*ago$/);
    await expect(cell(page, SEEDED.name, COLUMNS.created)).toHaveText('4 days ago');
    await expect(cell(page, SEEDED.name, COLUMNS.sandboxes).getByRole('link')).toHaveText('1');

    // The name leads to the template's page.
    await expect(team.getByRole('link', { name: SEEDED.name, exact: true })).toHaveAttribute(
      'href',
      `/templates/${SEEDED.id}`,
    );
    await expect(page.getByRole('link', { name: 'New template' })).toHaveAttribute('href', '/templates/new');
    await expectNoA11yViolations(page);
  });

  test('filters change the URL and survive a reload', async ({ page }) => {
    await openTemplates(page);
    await page.getByRole('searchbox', { name: 'Name starts with' }).fill('superserve/');
    await expect(page).toHaveURL(/\/templates\?name_prefix=superserve%2F$/);
    await expect(templateRow(page, 'superserve/base')).toBeVisible();
    await expect(templateRow(page, SEEDED.name)).toHaveCount(0);

    await page.getByRole('combobox', { name: 'Status' }).selectOption('ready');
    await page.getByRole('combobox', { name: 'System or own' }).selectOption('own');
    await expect(page).toHaveURL(/\/templates\?name_prefix=superserve%2F&status=ready&kind=own$/);
    await expect(page.getByRole('heading', { name: 'Nothing matches' })).toBeVisible();

    await page.reload();
    await expect(page.getByRole('heading', { name: 'Nothing matches' })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('searchbox', { name: 'Name starts with' })).toHaveValue('superserve/');
    await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('ready');
    await expect(page.getByRole('combobox', { name: 'System or own' })).toHaveValue('own');
    const chips = page.getByRole('list', { name: 'Filters' });
    await expect(chips.getByRole('listitem')).toHaveText([
      'Name starts with “superserve/”',
      'Status: Ready',
      'Own templates',
    ]);

    // Removing the kind chip brings the system templates back; "Clear filters" the plain URL.
    await chips.getByRole('button', { name: 'Remove filter Own templates' }).click();
    await expect(templateRow(page, 'superserve/node-22')).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page).toHaveURL(/\/templates$/);
    await expect(templateRow(page, SEEDED.name)).toBeVisible();
  });

  test('launch a sandbox from a row: the form arrives with the template chosen', async ({ page }) => {
    await openTemplates(page);
    const menu = await openRowMenu(page, 'superserve/python-3.11');
    await menu.getByRole('menuitem', { name: 'Launch sandbox' }).click();
    await expect(page).toHaveURL(/\/sandboxes\/new\?template=superserve%2Fpython-3\.11$/);
    await expect(page.getByRole('combobox', { name: 'Template' })).toHaveValue('superserve/python-3.11', {
      timeout: 20_000,
    });
  });
});

test.describe('building from the list', () => {
  test('rebuild a template', async ({ page, request }) => {
    const template = await createTemplate(request, {
      build_spec: { from: 'python:3.11', steps: [{ run: 'echo hello' }] },
    });
    made.push(template.id);
    await waitForTemplate(request, template.id);

    await openTemplates(page, `?name_prefix=${encodeURIComponent(template.name)}`);
    await expect(cell(page, template.name, COLUMNS.status)).toHaveText('Ready');
    const menu = await openRowMenu(page, template.name);
    // Ready, and ours: everything but cancel.
    await expect(menu.getByRole('menuitem')).toHaveText([
      'Open',
      'Launch sandbox',
      'Rebuild',
      'Clone',
      'Delete…',
    ]);
    await menu.getByRole('menuitem', { name: 'Rebuild' }).click();
    await expect(page.getByRole('region', { name: 'Notifications' })).toContainText(
      `Rebuilding ${template.name}`,
    );
    await expect(cell(page, template.name, COLUMNS.status)).toHaveText('Building');
    // The list polls while a build runs: it settles on its own.
    await expect(cell(page, template.name, COLUMNS.status)).toHaveText('Ready', { timeout: 20_000 });
    await expect(cell(page, template.name, COLUMNS.build)).toContainText(/^Ready/);
    const builds = (await (await request.get(`/api/templates/${template.id}/builds`)).json()) as unknown[];
    expect(builds).toHaveLength(2);
  });

  test('cancel a build in flight', async ({ page, request }) => {
    // A step that runs until cancelled, so the build is surely in flight when the menu is used.
    const template = await createTemplate(request, {
      build_spec: { from: 'python:3.11', steps: [{ run: 'sleep 600' }] },
    });
    made.push(template.id);

    await openTemplates(page, `?name_prefix=${encodeURIComponent(template.name)}`);
    await expect(cell(page, template.name, COLUMNS.status)).toHaveText('Building');
    const menu = await openRowMenu(page, template.name);
    // Building: no launch, rebuild or delete; cancel instead.
    await expect(menu.getByRole('menuitem')).toHaveText(['Open', 'Cancel build', 'Clone']);
    await menu.getByRole('menuitem', { name: 'Cancel build' }).click();
    await expect(page.getByRole('region', { name: 'Notifications' })).toContainText(
      `Cancelled the build of ${template.name}`,
    );
    // Never built: the template can't boot sandboxes, so it is failed; its build reads cancelled.
    await expect(cell(page, template.name, COLUMNS.status)).toHaveText('Failed');
    await expect(cell(page, template.name, COLUMNS.build)).toContainText(/^Cancelled/);
    expect(await templateStatus(request, template.id)).toBe('failed');
  });
});

test.describe('deleting from the list', () => {
  test('refused while a sandbox uses the template, with a link to it; works once none does', async ({
    page,
    request,
    api,
  }) => {
    const template = await createTemplate(request);
    made.push(template.id);
    await waitForTemplate(request, template.id);
    const sandbox = await api.createSandbox({ from_template: template.name });

    await openTemplates(page, `?name_prefix=${encodeURIComponent(template.name)}`);
    await expect(cell(page, template.name, COLUMNS.sandboxes)).toHaveText('1');
    let menu = await openRowMenu(page, template.name);
    await menu.getByRole('menuitem', { name: 'Delete…' }).click();
    const dialog = page.getByRole('dialog', { name: `Delete ${template.name}?` });
    const confirm = dialog.getByRole('button', { name: 'Delete template' });
    await expect(confirm).toBeDisabled();
    await dialog.getByRole('textbox', { name: 'Type the template’s name to confirm' }).fill(template.name);
    await confirm.click();

    const error = dialog.getByTestId('action-error');
    await expect(error).toContainText(`Couldn’t delete ${template.name}`);
    await expect(error).toContainText(
      'It is still used by 1 sandbox. Delete it first, then delete the template.',
    );
    await expectNoA11yViolations(page);
    expect(await templateStatus(request, template.id)).toBe('ready');

    // The link shows exactly the sandboxes using it, as a removable filter.
    await dialog.getByRole('link', { name: 'Show the sandbox using it' }).click();
    await expect(page).toHaveURL(new RegExp(`/sandboxes\\?template=${encodeURIComponent(template.name)}$`));
    await expect(listTable(page).getByRole('row')).toHaveCount(2, { timeout: 20_000 }); // header + 1
    await expect(rowOf(page, sandbox.name)).toBeVisible();
    const chips = page.getByRole('list', { name: 'Filters' });
    await expect(chips.getByRole('listitem')).toHaveText([`Template: ${template.name}`]);
    await page.reload();
    await expect(rowOf(page, sandbox.name)).toBeVisible({ timeout: 20_000 });
    await expect(listTable(page).getByRole('row')).toHaveCount(2);
    await chips.getByRole('button', { name: `Remove filter template ${template.name}` }).click();
    await expect(page).toHaveURL(/\/sandboxes$/);

    // Once no sandbox uses it, the delete goes through and the row leaves the list.
    await api.deleteSandbox(sandbox.id);
    await openTemplates(page, `?name_prefix=${encodeURIComponent(template.name)}`);
    await expect(cell(page, template.name, COLUMNS.sandboxes)).toHaveText('0');
    menu = await openRowMenu(page, template.name);
    await menu.getByRole('menuitem', { name: 'Delete…' }).click();
    await dialog.getByRole('textbox', { name: 'Type the template’s name to confirm' }).fill(template.name);
    await dialog.getByRole('button', { name: 'Delete template' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('region', { name: 'Notifications' })).toContainText(
      `Deleted ${template.name}`,
    );
    await expect(page.getByRole('heading', { name: 'Nothing matches' })).toBeVisible();
    expect(await templateStatus(request, template.id)).toBe('gone');
  });
});

test.describe("the sandbox list's template filter", () => {
  for (const older of [false, true]) {
    test(`shows exactly the sandboxes made from the template${older ? ', on an older API without X-Total-Count' : ''}`, async ({
      page,
      request,
      api,
    }) => {
      const template = await createTemplate(request);
      made.push(template.id);
      await waitForTemplate(request, template.id);
      const tag = uniqueTag('by-template');
      const metadata = { [tag.key]: tag.value };
      const first = await api.createSandbox({
        from_template: template.name,
        metadata,
        name: `${tag.value}-a`,
      });
      const second = await api.createSandbox({
        from_template: template.id,
        metadata,
        name: `${tag.value}-b`,
      });
      await api.createSandbox({ from_template: 'superserve/base', metadata, name: `${tag.value}-base` });
      if (older) await actLikeOlderDeployment(page);

      const query = new URLSearchParams({ template: template.name, [`meta.${tag.key}`]: tag.value });
      await page.goto(`/sandboxes?${query.toString()}`);
      await expect(listTable(page)).toBeVisible({ timeout: 20_000 });
      await expect.poll(() => shownNames(page)).toEqual([second.name, first.name]);
      await expect(page.getByText('The API does not filter by template')).toBeVisible();

      // The browser also searches and sorts within the filtered sandboxes.
      await page.getByRole('searchbox', { name: 'Search by name' }).fill('-a');
      await expect.poll(() => shownNames(page)).toEqual([first.name]);
      await page.getByRole('button', { name: `Remove filter template ${template.name}` }).click();
      await expect.poll(() => shownNames(page)).toEqual([first.name]);
      await page.getByRole('button', { name: 'Remove filter name contains -a' }).click();
      await expect.poll(() => shownNames(page)).toHaveLength(3);

      for (const sandbox of [first, second]) await api.deleteSandbox(sandbox.id);
    });
  }
});

test.describe('as a viewer', () => {
  test.use({ storageState: stateOf('viewer') });

  test('sees the list without any write action', async ({ page }) => {
    await openTemplates(page);
    await expect(templateRow(page, SEEDED.name)).toBeVisible();
    await expect(page.getByRole('link', { name: 'New template' })).toHaveCount(0);
    let menu = await openRowMenu(page, SEEDED.name);
    await expect(menu.getByRole('menuitem')).toHaveText(['Open']);
    await page.keyboard.press('Escape');
    menu = await openRowMenu(page, 'superserve/base');
    await expect(menu.getByRole('menuitem')).toHaveText(['Open']);
    await page.keyboard.press('Escape');
    await expectNoA11yViolations(page);
  });
});

test.describe('load states', () => {
  test('a failed load explains itself and retries; first run offers to create a template', async ({
    page,
  }) => {
    let fail = true;
    let onlySystem = false;
    await page.route(
      (url) => url.pathname === '/api/templates',
      async (route) => {
        if (fail) {
          return route.fulfill({
            status: 503,
            json: {
              error: { code: 'unavailable', message: 'The Superserve API is temporarily unavailable.' },
            },
          });
        }
        const response = await route.fetch();
        const templates = (await response.json()) as Array<{ name: string }>;
        const kept = onlySystem ? templates.filter((t) => t.name.startsWith('superserve/')) : templates;
        return route.fulfill({ response, json: kept });
      },
    );
    // The first rows come from the server; a view the browser fetches itself meets the failing API.
    await page.goto('/templates');
    await listHydrated(page);
    await page.getByRole('searchbox', { name: 'Name starts with' }).fill('superserve/');
    await expect(page.getByRole('heading', { name: "Couldn't load templates" })).toBeVisible({
      timeout: 20_000,
    });
    await expect(page.getByText('The Superserve API is temporarily unavailable.')).toBeVisible();

    fail = false;
    onlySystem = true;
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(templateRow(page, 'superserve/base')).toBeVisible();
    // The whole list again, asked for afresh and answered with the system templates only: the team has none
    // of its own yet.
    await page.getByRole('searchbox', { name: 'Name starts with' }).fill('');
    await page.getByRole('button', { name: 'Refresh the list' }).click();
    await expect(page.getByRole('heading', { name: 'No templates of your own yet' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Create your first template' })).toHaveAttribute(
      'href',
      '/templates/new',
    );
    await page.getByRole('combobox', { name: 'System or own' }).selectOption('own');
    await expect(templatesTable(page)).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'No templates of your own yet' })).toBeVisible();
    await expectNoA11yViolations(page);
  });
});
