/**
 * The template page (/templates/[id]) and its build log viewer, against the embedded API: a build streaming to
 * ready, a failed build's reason, a reload and a dropped connection that resume the log with no line twice and
 * none missing, cancel and rebuild from the header, the filter, the timestamps, the .log download, the
 * sandboxes using the template, delete, and axe.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { ACCOUNTS, stateOf } from './accounts';
import { expect, expectNoA11yViolations, uniqueName } from './fixtures';
import { createdTemplateId, openTemplateForm } from './template-form-helpers';
import {
  firstEventsOfStream,
  getBuilds,
  logViaApi,
  test,
  waitForBuild,
  type LogEvent,
} from './template-detail-helpers';

/** Numbered lines in bursts, a second apart: a build that is still running when the test acts on it. */
function slowSteps(bursts: number, perBurst = 5) {
  return Array.from({ length: bursts }, (_, burst) => ({
    run: `printf 'burst ${burst + 1} line %s\\n' ${Array.from({ length: perBurst }, (_, i) => i + 1).join(' ')}; sleep 1`,
  }));
}

const log = (page: Page) => page.getByRole('region', { name: 'Build log' });
const summary = (page: Page) => page.getByTestId('build-log-summary');

/** The lines the viewer drew, by their place in the build (every line: these logs are shorter than a screen). */
async function drawnLines(page: Page): Promise<Array<{ index: number; text: string }>> {
  return log(page)
    .getByTestId('log-line')
    .evaluateAll((rows) =>
      rows
        .map((row) => ({
          index: Number(row.getAttribute('data-index')),
          text: row.querySelector('[data-testid="log-text"]')?.textContent ?? '',
        }))
        .sort((a, b) => a.index - b.index),
    );
}

/** Every line shown once, in order, and exactly the API's log. */
async function expectWholeLog(page: Page, events: LogEvent[]) {
  const lines = await drawnLines(page);
  expect(lines.map((line) => line.index)).toEqual(events.map((_, index) => index));
  expect(lines.map((line) => line.text)).toEqual(events.map((event) => event.text));
  await expect(page.getByTestId('build-log-count')).toHaveText(`${events.length} lines`);
}

test.describe('template page', () => {
  test('a build streams to ready: lines appear live, then its final status and duration', async ({
    page,
    request,
    templates,
  }) => {
    const template = await templates.create({
      steps: [
        { env: { key: 'APP_ENV', value: 'e2e' } },
        { workdir: '/srv/app' },
        ...slowSteps(3),
        { run: 'echo "warning: something to see" >&2' },
      ],
      start_cmd: 'python3 -m http.server 8080',
    });
    await page.goto(`/templates/${template.id}`);
    await expect(page.getByRole('heading', { level: 1, name: template.name })).toBeVisible();
    await expect(page).toHaveTitle(`${template.name} · Sandbox Console`);

    // While it builds: streaming, and lines arrive before the build is over.
    await expect(log(page).getByText('burst 1 line 1', { exact: true })).toBeVisible();
    await expect(summary(page)).not.toContainText('Finished');
    await expect(page.getByRole('button', { name: 'Cancel build' })).toBeVisible();

    await expect(summary(page)).toHaveText(/^Finished: ready · took \d/, { timeout: 30_000 });
    await expect(page.getByRole('heading', { level: 1 }).getByText('Ready')).toBeVisible();
    const stderr = log(page).locator('[data-stream="stderr"]');
    await expect(stderr).toHaveCount(1);
    await expect(stderr.getByText('err', { exact: true })).toBeVisible();
    await expect(log(page).locator('[data-stream="system"]').first()).toContainText('sys');

    // The facts, the steps as a list, the commands.
    const details = page.getByRole('region', { name: 'Details' });
    await expect(details.getByText('ubuntu:24.04')).toBeVisible();
    await expect(details.getByRole('list', { name: 'Build steps' }).getByRole('listitem')).toHaveText([
      /ENV\s*APP_ENV=e2e/,
      /WORKDIR\s*\/srv\/app/,
      /RUN\s*printf 'burst 1/,
      /RUN\s*printf 'burst 2/,
      /RUN\s*printf 'burst 3/,
      /RUN\s*echo "warning/,
    ]);
    await expect(details.getByText('python3 -m http.server 8080')).toBeVisible();

    // The builds: one, ready, started by the operator this spec signs in as (from the audit log).
    const builds = page.getByRole('table', { name: 'Builds, newest first' });
    await expect(builds.getByRole('row')).toHaveCount(2);
    await expect(builds.getByRole('row').nth(1)).toContainText('Ready');
    await expect(builds.getByRole('row').nth(1)).toContainText(ACCOUNTS.operator.email);

    await expectWholeLog(page, await logViaApi(request, template.id, template.build_id));
    // The header offers what a ready template allows; Clone opens the form as a copy.
    await expect(page.getByRole('link', { name: 'Launch sandbox' })).toHaveAttribute(
      'href',
      `/sandboxes/new?template=${encodeURIComponent(template.name)}`,
    );
    await expect(page.getByRole('link', { name: 'Clone' })).toHaveAttribute(
      'href',
      `/templates/new?from=${encodeURIComponent(template.name)}`,
    );
    await expectNoA11yViolations(page);
  });

  test('a failed build shows its reason in words, and the API’s own message', async ({ page, templates }) => {
    const template = await templates.create({ steps: [{ run: 'echo about to fail' }, { run: 'exit 3' }] });
    await page.goto(`/templates/${template.id}`);
    await expect(summary(page)).toHaveText(/^Finished: failed/, { timeout: 30_000 });
    const alert = page.getByRole('main').getByText('Step 2 of 2 failed');
    await expect(alert).toBeVisible();
    await expect(page.getByTestId('failure-message')).toHaveText(
      /^step_failed: step 2\/2 failed after \d+s: exited with code 3$/,
    );
    await expect(log(page).getByText(/^Build failed: step_failed/)).toBeVisible();
    await expect(log(page).getByText('about to fail', { exact: true })).toBeVisible();
    // A failed template can be rebuilt or deleted, not launched.
    await expect(page.getByRole('button', { name: 'Rebuild' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Launch sandbox' })).toHaveCount(0);
  });

  test('a reload in the middle of a build resumes the log with no line twice and none missing', async ({
    page,
    request,
    templates,
  }) => {
    const template = await templates.create({ steps: slowSteps(5) });
    await page.goto(`/templates/${template.id}`);
    await expect(log(page).getByText('burst 2 line 1', { exact: true })).toBeVisible({ timeout: 20_000 });
    await expect(summary(page)).not.toContainText('Finished');
    await page.reload();
    await expect(log(page).getByText('burst 1 line 1', { exact: true })).toBeVisible();
    await expect(summary(page)).toHaveText(/^Finished: ready/, { timeout: 30_000 });
    await expectWholeLog(page, await logViaApi(request, template.id, template.build_id));
  });

  test('a connection that drops mid-build reconnects; the replay shows no line twice and misses none', async ({
    page,
    request,
    templates,
  }) => {
    const template = await templates.create({ steps: slowSteps(5) });
    // The first connection delivers the opening lines, then drops (a body that ends without the final event);
    // later ones reach the server and replay the whole history from the start.
    const partial = await firstEventsOfStream(page.context(), template.id, template.build_id, 6);
    let connections = 0;
    await page.route(`**/api/templates/${template.id}/builds/${template.build_id}/logs`, async (route) => {
      connections += 1;
      if (connections === 1) {
        await route.fulfill({ status: 200, contentType: 'text/event-stream', body: partial });
      } else {
        await route.continue();
      }
    });
    await page.goto(`/templates/${template.id}`);
    await expect(summary(page)).toHaveText(/^Finished: ready/, { timeout: 30_000 });
    expect(connections).toBeGreaterThanOrEqual(2);
    await expectWholeLog(page, await logViaApi(request, template.id, template.build_id));
  });

  test('follows the end while lines arrive; scrolling up by keyboard stops it, "Jump to latest" resumes', async ({
    page,
    templates,
  }) => {
    const template = await templates.create({ steps: slowSteps(10, 12) });
    await page.goto(`/templates/${template.id}`);
    const box = log(page);
    const atEnd = () => box.evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight < 24);
    // Following: once the log overflows its box, the box stays scrolled to its newest line.
    await expect(box.getByText('burst 2 line 1', { exact: true })).toBeAttached({ timeout: 20_000 });
    expect(await box.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    expect(await atEnd()).toBe(true);
    await expect(page.getByRole('button', { name: 'Jump to latest' })).toHaveCount(0);

    await box.focus();
    await page.keyboard.press('Home');
    await expect(page.getByRole('button', { name: 'Jump to latest' })).toBeVisible();
    // New lines keep coming (the count grows), but the reader stays where they scrolled to.
    const count = async () => parseInt((await page.getByTestId('build-log-count').textContent()) ?? '', 10);
    const before = await count();
    await expect.poll(count, { timeout: 20_000 }).toBeGreaterThan(before);
    expect(await box.evaluate((element) => element.scrollTop)).toBe(0);
    expect(await atEnd()).toBe(false);

    await page.getByRole('button', { name: 'Jump to latest' }).click();
    await expect(page.getByRole('button', { name: 'Jump to latest' })).toHaveCount(0);
    await expect(summary(page)).toHaveText(/^Finished: ready/, { timeout: 30_000 });
    expect(await atEnd()).toBe(true);
    await box.scrollIntoViewIfNeeded();
    await expect(box.getByText(/^Build ready in/)).toBeInViewport();
  });

  test('a viewer reads the page and the log, with no action offered', async ({ browser, templates }) => {
    const template = await templates.create({ steps: [{ run: 'echo for viewers' }] });
    const context = await browser.newContext({ storageState: stateOf('viewer') });
    const page = await context.newPage();
    await page.goto(`/templates/${template.id}`);
    await expect(summary(page)).toHaveText(/^Finished: ready/, { timeout: 30_000 });
    await expect(log(page).getByText('for viewers', { exact: true })).toBeVisible();
    for (const name of ['Rebuild', 'Delete', 'Cancel build']) {
      await expect(page.getByRole('button', { name })).toHaveCount(0);
    }
    for (const name of ['Clone', 'Launch sandbox'])
      await expect(page.getByRole('link', { name })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Download .log' })).toBeEnabled();
    await context.close();
  });

  test('cancel a build in flight from the header', async ({ page, request, templates }) => {
    const template = await templates.create({ steps: [{ run: 'echo started; sleep 60' }] });
    await page.goto(`/templates/${template.id}`);
    await expect(log(page).getByText('started', { exact: true })).toBeVisible({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Cancel build' }).click();
    await expect(summary(page)).toHaveText(/^Finished: cancelled/);
    await expect(log(page).getByText('Build cancelled', { exact: true })).toBeVisible();
    // Never built before: the template is failed, and the page says the build was cancelled.
    await expect(page.getByRole('main').getByText('The build was cancelled', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Cancel build' })).toHaveCount(0);
    const [build] = await getBuilds(request, template.id);
    expect(build?.status).toBe('cancelled');
  });

  test('rebuild from the header streams the new build, and the history lists both', async ({
    page,
    request,
    templates,
  }) => {
    const template = await templates.create({ steps: [{ run: 'echo built' }] });
    await waitForBuild(request, template.id);
    await page.goto(`/templates/${template.id}`);
    await expect(summary(page)).toHaveText(/^Finished: ready/);
    await page.getByRole('button', { name: 'Rebuild' }).click();
    const builds = page.getByRole('table', { name: 'Builds, newest first' });
    await expect(builds.getByRole('row')).toHaveCount(3);
    const [newest] = await getBuilds(request, template.id);
    expect(newest?.id).not.toBe(template.build_id);
    // The new build is the one shown, followed to its end.
    await expect(builds.getByRole('button', { name: `Show the log of build ${newest?.id}` })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(summary(page)).toHaveText(/^Finished: ready/, { timeout: 30_000 });
    await expect(builds.getByRole('row').nth(1)).toContainText(ACCOUNTS.operator.email);
    // The older build's log is one click away.
    await builds.getByRole('button', { name: `Show the log of build ${template.build_id}` }).click();
    await expect(page).toHaveURL(new RegExp(`build=${template.build_id}`));
    await expect(summary(page)).toHaveText(/^Finished: ready/);
  });

  test('the filter, the timestamps and the .log download', async ({ page, request, templates }) => {
    const template = await templates.create({ steps: slowSteps(2, 12) });
    await waitForBuild(request, template.id);
    const events = await logViaApi(request, template.id, template.build_id);
    await page.goto(`/templates/${template.id}`);
    await expect(summary(page)).toHaveText(/^Finished: ready/);

    await page.getByRole('searchbox', { name: 'Filter lines' }).fill('burst 2 line 1');
    const matching = events.filter((event) => event.text.includes('burst 2 line 1'));
    await expect(page.getByTestId('build-log-count')).toHaveText(
      `${matching.length} of ${events.length} lines`,
    );
    await expect(log(page).getByTestId('log-text')).toHaveText(matching.map((event) => event.text));
    await page.getByRole('searchbox', { name: 'Filter lines' }).fill('no such text anywhere');
    await expect(log(page).getByText('No line matches the filter.')).toBeVisible();
    await page.getByRole('searchbox', { name: 'Filter lines' }).fill('');

    const times = log(page).getByTestId('log-time');
    await expect(times.first()).toHaveText('0:00');
    await page.getByRole('combobox', { name: 'Timestamps' }).selectOption('Time of day (UTC)');
    await expect(times.first()).toHaveText(/^\d{2}:\d{2}:\d{2}$/);
    await page.getByRole('combobox', { name: 'Timestamps' }).selectOption('Hidden');
    await expect(times).toHaveCount(0);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download .log' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^e2e-tpl-.*-build-[A-Za-z0-9]{8}\.log$/);
    const file = (await readFile((await download.path())!, 'utf8')).trimEnd().split('\n');
    expect(file).toHaveLength(events.length);
    events.forEach((event, index) => {
      expect(file[index]).toBe(`${new Date(event.timestamp!).toISOString()} ${event.stream} ${event.text}`);
    });
  });

  test('lists the sandboxes using the template, and deleting leads back to /templates', async ({
    page,
    request,
    api,
    templates,
  }) => {
    const template = await templates.create({ steps: [{ run: 'echo ok' }] });
    await waitForBuild(request, template.id);
    await page.goto(`/templates/${template.id}`);
    const using = page.getByRole('region', { name: 'Sandboxes using it' });
    await expect(using.getByText('No sandbox uses this template.')).toBeVisible();

    const sandbox = await api.createSandbox({ from_template: template.name });
    await page.reload();
    await expect(using.getByRole('link', { name: sandbox.name })).toHaveAttribute(
      'href',
      `/sandboxes/${sandbox.id}`,
    );
    await api.deleteSandbox(sandbox.id);

    await page.reload();
    await expect(using.getByText('No sandbox uses this template.')).toBeVisible();
    await page.getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox').fill(template.name);
    await dialog.getByRole('button', { name: /^Delete/ }).click();
    await expect(page).toHaveURL(/\/templates$/);
    expect((await request.get(`/api/templates/${template.id}`)).status()).toBe(404);
  });

  test('create from an imported Dockerfile through the form, then watch its build stream to ready', async ({
    page,
    request,
    templates,
  }) => {
    const name = uniqueName('e2e-docker');
    await openTemplateForm(page);
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
    await page.getByRole('button', { name: 'Import Dockerfile' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a Dockerfile' });
    await dialog
      .getByRole('textbox', { name: 'Dockerfile' })
      .fill(
        ['FROM python:3.11', 'ENV APP_HOME=/srv/app', 'WORKDIR $APP_HOME', 'RUN echo "installed deps"'].join(
          '\n',
        ),
      );
    await dialog.getByRole('button', { name: 'Apply to the form' }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole('button', { name: 'Create template' }).click();
    const id = await createdTemplateId(page);
    templates.track(id);

    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(log(page).getByText('Pulling base image python:3.11', { exact: true })).toBeVisible();
    await expect(summary(page)).toHaveText(/^Finished: ready · took \d/, { timeout: 30_000 });
    await expect(log(page).getByText('installed deps', { exact: true })).toBeVisible();
    await expect(
      page
        .getByRole('region', { name: 'Details' })
        .getByRole('list', { name: 'Build steps' })
        .getByRole('listitem'),
    ).toHaveText([/ENV\s*APP_HOME=\/srv\/app/, /WORKDIR\s*\/srv\/app/, /RUN\s*echo "installed deps"/]);
    const [build] = await getBuilds(request, id);
    await expectWholeLog(page, await logViaApi(request, id, build!.id));
  });

  test('an unknown template shows the 404 page', async ({ page }) => {
    await page.goto('/templates/00000000-0000-4000-8000-000000000000');
    await expect(page.getByRole('heading', { level: 1, name: 'Template not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Back to templates' })).toBeVisible();
    await expectNoA11yViolations(page);
  });
});
