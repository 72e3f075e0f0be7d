import { readFile } from 'node:fs/promises';

import { ACCOUNTS, stateOf } from './accounts';
import { openSandbox, statusBadge } from './detail-helpers';
import { appBaseURL, createSandbox, expect, expectNoA11yViolations, test } from './fixtures';

/** The export's first line (lib/audit/csv.ts; that module is server-only, so it is spelled out here). */
const CSV_HEADER =
  'time,actor_id,actor_email,actor_role,action,target_type,target_id,target_name,outcome,status,error_code,request_id,ip,user_agent,details';

test.describe('the audit log, as an admin', () => {
  test.use({ storageState: stateOf('admin') });

  test('a pause is recorded, found by action and by target, exported as CSV, and shown on the sandbox’s page', async ({
    page,
    api,
  }) => {
    const sandbox = await api.createSandbox();
    await openSandbox(page, sandbox);
    await page.getByRole('main').getByRole('button', { name: 'Pause' }).click();
    await expect(statusBadge(page, 'Paused')).toBeVisible();

    // The sandbox's own page: who created it and who paused it, newest first.
    const activity = page.getByRole('list', { name: 'Activity, newest first' });
    const newest = activity.getByRole('listitem').first();
    await expect(newest).toContainText('Pause sandbox');
    await expect(newest).toContainText(ACCOUNTS.admin.email);
    await expect(activity.getByRole('listitem').nth(1)).toContainText('Create sandbox');
    await expectNoA11yViolations(page);

    // The audit log, from the main navigation.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Audit records, newest first' });
    await expect(table).toBeVisible();

    // By action and target id: exactly the pause.
    const filters = page.getByRole('form', { name: 'Filter the audit log' });
    await filters.getByLabel('Action', { exact: true }).selectOption('sandbox.pause');
    await filters.getByLabel('Target', { exact: true }).fill(sandbox.id);
    await filters.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/action=sandbox\.pause/);
    await expect(page).toHaveURL(new RegExp(`target=${sandbox.id}`));
    const rows = table.getByRole('row');
    await expect(rows).toHaveCount(2); // the header and the pause
    await expect(rows.nth(1)).toContainText(ACCOUNTS.admin.email);
    await expect(rows.nth(1)).toContainText('Pause sandbox');
    await expect(rows.nth(1)).toContainText('Succeeded 204');
    await expect(rows.nth(1).getByRole('link', { name: sandbox.name })).toBeVisible();
    await expectNoA11yViolations(page);

    // By the sandbox's name, any action: its create and its pause, newest first.
    await filters.getByLabel('Action', { exact: true }).selectOption('');
    await filters.getByLabel('Target', { exact: true }).fill(sandbox.name);
    await filters.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(new RegExp(`target=${sandbox.name}`));
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(1)).toContainText('Pause sandbox');
    await expect(rows.nth(2)).toContainText('Create sandbox');

    // The CSV holds what the filters match.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = (await readFile((await download.path())!, 'utf8')).trim().split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(
      `,${ACCOUNTS.admin.email},admin,sandbox.pause,sandbox,${sandbox.id},${sandbox.name},success,204,`,
    );
    expect(lines[2]).toContain(',sandbox.create,sandbox,');
  });

  test('the log pages by cursor, and a filter that matches nothing says so', async ({
    page,
    api,
    request,
  }) => {
    // 51 records on one sandbox: its create and 50 edits, one more than a page holds.
    const sandbox = await api.createSandbox();
    for (let i = 0; i < 50; i++) {
      const response = await request.patch(`/api/sandboxes/${sandbox.id}`, {
        headers: { origin: appBaseURL() },
        data: { metadata: { step: String(i) } },
      });
      expect(response.status()).toBe(204);
    }
    await page.goto(`/audit?target=${sandbox.id}`);
    const rows = page.getByRole('table', { name: 'Audit records, newest first' }).getByRole('row');
    await expect(rows).toHaveCount(51); // the header and 50 records
    await expect(rows.nth(1)).toContainText('Edit sandbox');
    const pages = page.getByRole('navigation', { name: 'Pages' });
    await expect(pages.getByRole('button', { name: 'Newer' })).toBeDisabled();

    await pages.getByRole('button', { name: 'Older' }).click();
    await expect(page).toHaveURL(/before=/);
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1)).toContainText('Create sandbox');
    await expect(pages.getByRole('button', { name: 'Older' })).toBeDisabled();

    await pages.getByRole('button', { name: 'Newer' }).click();
    await expect(page).toHaveURL(/after=/);
    await expect(rows).toHaveCount(51);
    await page.goBack();
    await expect(rows).toHaveCount(2);
    await expectNoA11yViolations(page);

    await page.goto('/audit?outcome=unknown&actor=nobody%40example.com');
    await expect(page.getByRole('heading', { name: 'Nothing matches' })).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page).toHaveURL(/\/audit$/);
    await expect(page.getByRole('table', { name: 'Audit records, newest first' })).toBeVisible();
  });

  test('account events are on the log: the sign-ins of the test accounts and the users added', async ({
    page,
  }) => {
    await page.goto('/audit?action=account.*');
    const table = page.getByRole('table', { name: 'Audit records, newest first' });
    await expect(table.getByRole('row').filter({ hasText: ACCOUNTS.viewer.email }).first()).toContainText(
      'Sign in',
    );
    await page.goto(`/audit?action=user.create&target=${encodeURIComponent(ACCOUNTS.viewer.email)}`);
    const added = table.getByRole('row').nth(1);
    await expect(added).toContainText('Add user');
    await expect(added).toContainText(ACCOUNTS.admin.email);
    await expect(added).toContainText('role viewer');
  });
});

test.describe('the audit log, as a viewer', () => {
  test.use({ storageState: stateOf('viewer') });

  test('no Audit log link, /audit refuses, and so do its routes', async ({ page, request }) => {
    await page.goto('/sandboxes');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Sandboxes' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Audit log' })).toHaveCount(0);

    await page.goto('/audit');
    await expect(page.getByRole('heading', { level: 1, name: 'The audit log is for admins' })).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    await expectNoA11yViolations(page);

    for (const path of ['/api/console/audit', '/api/console/audit/export']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(403);
      expect(await response.json()).toEqual({
        error: {
          code: 'forbidden',
          message: "Viewers can't read the audit log. Ask an admin for the admin role.",
        },
      });
    }
  });

  test('a sandbox’s Activity is readable by every role', async ({ page, playwright }) => {
    // An operator creates it and runs a command; the viewer reads who did what.
    const operator = await playwright.request.newContext({
      baseURL: appBaseURL(),
      storageState: stateOf('operator'),
    });
    const sandbox = await createSandbox(operator, {});
    const exec = await operator.post(`/api/sandboxes/${sandbox.id}/exec`, {
      headers: { origin: appBaseURL() },
      data: { command: 'echo audited', env: { SECRET_TOKEN: 'never-shown' } },
    });
    expect(exec.status()).toBe(200);

    await openSandbox(page, sandbox);
    const activity = page.getByRole('list', { name: 'Activity, newest first' });
    const newest = activity.getByRole('listitem').first();
    await expect(newest).toContainText('Run command');
    await expect(newest).toContainText(ACCOUNTS.operator.email);
    await expect(newest).toContainText('$ echo audited · env SECRET_TOKEN');
    await expect(activity).not.toContainText('never-shown');
    await expectNoA11yViolations(page);

    await operator.delete(`/api/sandboxes/${sandbox.id}`, { headers: { origin: appBaseURL() } });
    await operator.dispose();
  });
});
