import type { Locator } from '@playwright/test';
import { expect, expectNoA11yViolations, test, uniqueName } from './fixtures';
import { createdId, editor, openForm, nameInput } from './create-helpers';

const DOTENV = [
  '# exported from the team vault',
  'export OPENAI_API_KEY="sk-test-123"',
  "DATABASE_URL='postgres://u:p@db/app?sslmode=require'",
  'DEBUG=1 # verbose',
  'not a variable line',
].join('\n');

/** A real paste event, with the text on its clipboardData, as the browser fires it. */
async function paste(target: Locator, text: string) {
  await target.focus();
  await target.evaluate((element, value) => {
    const data = new DataTransfer();
    data.setData('text/plain', value);
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

test.describe('pasting, importing, drafts and clones', () => {
  test('pasting a .env file into a name field adds one row per variable', async ({ page }) => {
    await openForm(page);
    const env = editor(page, 'Environment variables');
    await env.getByRole('button', { name: 'Add variable' }).click();
    await paste(env.getByLabel('Name 1'), DOTENV);

    await expect(env.getByRole('listitem')).toHaveCount(3);
    await expect(env.getByLabel('Name 1')).toHaveValue('OPENAI_API_KEY');
    await expect(env.getByLabel('Value 1')).toHaveValue('sk-test-123');
    await expect(env.getByLabel('Name 2')).toHaveValue('DATABASE_URL');
    await expect(env.getByLabel('Value 2')).toHaveValue('postgres://u:p@db/app?sslmode=require');
    await expect(env.getByLabel('Value 3')).toHaveValue('1');
    await expect(env.getByRole('status').first()).toContainText('Added 3 variables');
    await expect(env.getByRole('status').first()).toContainText('Line 5: expected KEY=VALUE');

    // Masked in the preview until revealed.
    const preview = page.getByTestId('request-preview');
    await expect(preview).toContainText('"OPENAI_API_KEY": "<OPENAI_API_KEY value>"');
    await expect(preview).not.toContainText('sk-test-123');
    await page.getByRole('button', { name: 'Reveal values' }).click();
    await expect(preview).toContainText('"OPENAI_API_KEY": "sk-test-123"');
    await expect(env.getByLabel('Value 1')).toHaveAttribute('type', 'text');
  });

  test('the "Paste KEY=value lines" dialog fills metadata and updates existing keys', async ({ page }) => {
    await openForm(page);
    const metadata = editor(page, 'Metadata');
    await metadata.getByRole('button', { name: 'Paste KEY=value lines' }).click();
    const dialog = page.getByRole('dialog', { name: 'Paste KEY=value lines' });
    await dialog.getByLabel('Text to add').fill('env=prod\nowner=agent-7');
    await expectNoA11yViolations(page);
    await dialog.getByRole('button', { name: 'Add rows' }).click();
    await expect(dialog).toBeHidden();
    await expect(metadata.getByLabel('Key 2')).toHaveValue('owner');

    await metadata.getByRole('button', { name: 'Paste KEY=value lines' }).click();
    await dialog.getByLabel('Text to add').fill('env=staging');
    await dialog.getByRole('button', { name: 'Add rows' }).click();
    await expect(metadata.getByRole('listitem')).toHaveCount(2);
    await expect(metadata.getByLabel('Value 1')).toHaveValue('staging');
  });

  test('Import JSON fills the form, and explains a bad body', async ({ page }) => {
    await openForm(page);
    await page.getByRole('button', { name: 'Import JSON' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a request body' });
    const text = dialog.getByLabel('Request body');
    await text.fill('{"name": "x", "vcpu": 4}');
    await dialog.getByRole('button', { name: 'Fill the form' }).click();
    await expect(text).toHaveAccessibleDescription(/Unknown field: vcpu/);

    const body = {
      name: 'imported-box',
      from_template: 'superserve/node-22',
      timeout_seconds: 1800,
      metadata: { env: 'imported' },
      network: { allow_out: ['registry.npmjs.org'], deny_out: ['0.0.0.0/0'] },
    };
    await text.fill(JSON.stringify(body));
    await dialog.getByRole('button', { name: 'Fill the form' }).click();
    await expect(dialog).toBeHidden();
    await expect(nameInput(page)).toHaveValue('imported-box');
    await expect(page.getByLabel('Lifetime', { exact: true })).toHaveValue('30');
    expect(JSON.parse((await page.getByTestId('request-preview').textContent()) ?? '')).toEqual(body);
  });

  test('a draft survives a reload, without env values, and can be discarded', async ({ page }) => {
    const name = uniqueName('draft');
    await openForm(page);
    await nameInput(page).fill(name);
    const metadata = editor(page, 'Metadata');
    await metadata.getByRole('button', { name: 'Add tag' }).click();
    await metadata.getByLabel('Key 1').fill('draft');
    const env = editor(page, 'Environment variables');
    await env.getByRole('button', { name: 'Add variable' }).click();
    await env.getByLabel('Name 1').fill('SECRET');
    await env.getByLabel('Value 1').fill('never-stored');
    await page.waitForTimeout(800);

    const stored = await page.evaluate(() => JSON.stringify(sessionStorage));
    expect(stored).toContain(name);
    expect(stored).not.toContain('never-stored');

    await page.reload();
    await expect(page.getByTestId('form-notice')).toContainText('Restored your unsaved draft');
    await expect(page.getByTestId('form-notice')).toContainText('add the variable again');
    await expect(nameInput(page)).toHaveValue(name);
    await expect(editor(page, 'Metadata').getByLabel('Key 1')).toHaveValue('draft');
    await expect(editor(page, 'Environment variables').getByRole('listitem')).toHaveCount(0);

    await page.getByRole('button', { name: 'Discard draft' }).click();
    await expect(page.getByTestId('form-notice')).toBeHidden();
    await expect(nameInput(page)).not.toHaveValue(name);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'New sandbox' })).toBeVisible();
    await expect(page.getByTestId('form-notice')).toBeHidden();
  });

  test('clone copies name, lifetime, metadata and network, and says env vars are not copied', async ({
    page,
    api,
  }) => {
    const source = await api.createSandbox({
      name: uniqueName('clone-source'),
      from_template: 'superserve/python-3.11',
      timeout_seconds: 3 * 3600,
      metadata: { env: 'staging', owner: 'clone-spec' },
      env_vars: { SECRET: 'not-readable' },
      network: { allow_out: ['api.openai.com'], deny_out: ['0.0.0.0/0'] },
    });
    await page.goto(`/sandboxes/new?from=${source.id}`);
    await expect(page.getByTestId('form-notice')).toContainText(`Cloning ${source.name}`);
    await expect(page.getByTestId('form-notice')).toContainText('Environment variables cannot be read back');
    await expect(nameInput(page)).toHaveValue(`${source.name}-copy`);
    // The embedded API answers with the template's id; the form shows its name.
    await expect(page.getByRole('combobox', { name: 'Template' })).toHaveValue('superserve/python-3.11');
    await expect(page.getByLabel('Limit its lifetime')).toBeChecked();
    await expect(page.getByLabel('Lifetime', { exact: true })).toHaveValue('3');
    await expect(page.getByLabel('Unit')).toHaveValue('hours');
    await expect(editor(page, 'Metadata').getByLabel('Value 2')).toHaveValue('clone-spec');
    await expect(editor(page, 'Blocked ranges').getByLabel('Blocked range 1')).toHaveValue('0.0.0.0/0');
    await expect(editor(page, 'Environment variables').getByRole('listitem')).toHaveCount(0);
    await expectNoA11yViolations(page);

    await page.getByRole('button', { name: 'Create sandbox' }).click();
    const id = await createdId(page);
    expect(id).not.toBe(source.id);
    await expect(page.getByRole('heading', { level: 1, name: `${source.name}-copy` })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Metadata' }).getByRole('definition')).toHaveText([
      'staging',
      'clone-spec',
    ]);
    await api.deleteSandbox(id);
  });

  test('cloning a sandbox that does not exist offers a fresh start', async ({ page }) => {
    await page.goto('/sandboxes/new?from=00000000-0000-4000-8000-00000000dead');
    await expect(page.getByText('The sandbox to clone was not found')).toBeVisible();
    await page.getByRole('link', { name: 'Start from scratch' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'New sandbox' })).toBeVisible();
  });
});
