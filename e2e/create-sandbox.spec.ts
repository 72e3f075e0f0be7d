import { expect, expectNoA11yViolations, pressNewSandboxShortcut, test, uniqueName } from './fixtures';
import {
  addKeyValue,
  addRule,
  chooseTemplate,
  createdId,
  editor,
  openForm,
  watchCreates,
  nameInput,
} from './create-helpers';

test.describe('create a sandbox', () => {
  test('with every section filled, it lands on its page with the right metadata and network', async ({
    page,
    api,
    request,
  }) => {
    const name = uniqueName('create-full');
    await openForm(page);
    await nameInput(page).fill(name);
    await chooseTemplate(page, 'superserve/python-3.11');
    await expect(page.getByTestId('template-hint')).toHaveText('inherits 1 vCPU · 1 GiB · 4 GiB disk');

    await page.getByLabel('Limit its lifetime').check();
    await page.getByLabel('Lifetime', { exact: true }).fill('2');
    await page.getByLabel('Unit').selectOption('hours');
    await expect(page.getByTestId('lifetime-ends-at')).toContainText('Ends at');

    const metadata = editor(page, 'Metadata');
    await addKeyValue(page, metadata, 'env', 'e2e');
    await addKeyValue(page, metadata, 'owner', 'form-spec');

    const env = editor(page, 'Environment variables');
    await addKeyValue(page, env, 'GREETING', 'hello-from-the-form');
    // Env values are masked until revealed.
    await expect(env.getByLabel('Value 1')).toHaveAttribute('type', 'password');

    await addRule(editor(page, 'Allowed destinations'), 'api.openai.com');
    await addRule(editor(page, 'Allowed destinations'), '*.github.com');
    await editor(page, 'Blocked ranges')
      .getByRole('button', { name: /Block everything else/ })
      .click();
    await expect(editor(page, 'Blocked ranges').getByText('Everything else is blocked')).toBeVisible();

    // The destination tester decides with the rules above.
    const tester = page.getByTestId('destination-tester');
    await tester.getByLabel('Test a destination').fill('api.openai.com');
    await expect(tester.getByRole('status')).toContainText('Allowed');
    await expect(tester.getByRole('status')).toContainText('api.openai.com matches the allow_out rule');
    await tester.getByLabel('Test a destination').fill('8.8.8.8');
    await expect(tester.getByRole('status')).toContainText('Blocked');
    await expect(tester.getByRole('status')).toContainText('0.0.0.0/0');

    // The preview shows exactly the body, env values as placeholders.
    const preview = page.getByTestId('request-preview');
    expect(JSON.parse((await preview.textContent()) ?? '')).toEqual({
      name,
      from_template: 'superserve/python-3.11',
      timeout_seconds: 7200,
      metadata: { env: 'e2e', owner: 'form-spec' },
      env_vars: { GREETING: '<GREETING value>' },
      network: { allow_out: ['api.openai.com', '*.github.com'], deny_out: ['0.0.0.0/0'] },
    });
    await expectNoA11yViolations(page);

    const creates = watchCreates(page);
    await page.getByRole('button', { name: 'Create sandbox' }).click();
    const id = await createdId(page);
    expect(creates).toHaveLength(1);
    expect(creates[0]?.headers()['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(creates[0]?.postDataJSON().env_vars).toEqual({ GREETING: 'hello-from-the-form' });

    await expect(page.getByText(`Sandbox ${name} created`)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    const metadataRegion = page.getByRole('region', { name: 'Metadata' });
    await expect(metadataRegion.getByRole('term')).toHaveText(['env', 'owner']);
    await expect(metadataRegion.getByRole('definition')).toHaveText(['e2e', 'form-spec']);
    await expect(page.getByRole('region', { name: 'Network' }).getByRole('listitem')).toHaveText([
      'api.openai.com',
      '*.github.com',
      '0.0.0.0/0',
    ]);

    // The env var really reached the sandbox.
    const exec = await request.post(`/api/sandboxes/${id}/exec`, {
      headers: { origin: new URL(page.url()).origin },
      data: { command: 'echo $GREETING' },
    });
    expect(((await exec.json()) as { stdout: string }).stdout.trim()).toBe('hello-from-the-form');
    await api.deleteSandbox(id);
  });

  test('a double submit creates exactly one sandbox', async ({ page, api, request }) => {
    const name = uniqueName('create-double');
    await openForm(page);
    await nameInput(page).fill(name);
    const creates = watchCreates(page);
    await page.getByRole('button', { name: 'Create sandbox' }).dblclick();
    const id = await createdId(page);

    const list = await request.get('/api/sandboxes', { params: { q: name } });
    const matching = ((await list.json()) as Array<{ name: string }>).filter((s) => s.name === name);
    expect(matching).toHaveLength(1);
    // Every request that did go out carried the same key, so the API could not have made two.
    expect(new Set(creates.map((r) => r.headers()['idempotency-key'])).size).toBe(1);
    await api.deleteSandbox(id);
  });

  test('works with the keyboard alone, from the list page', async ({ page, api }) => {
    const name = uniqueName('create-keys');
    await page.goto('/sandboxes');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await pressNewSandboxShortcut(page);
    await expect(page).toHaveURL(/\/sandboxes\/new$/);
    await expect(page.getByTestId('template-hint')).toContainText('inherits');

    async function tabTo(label: RegExp | string, role: 'textbox' | 'combobox' | 'button' = 'textbox') {
      const target = page.getByRole(role, { name: label }).first();
      for (let i = 0; i < 60; i++) {
        if (await target.evaluate((el) => el === document.activeElement)) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached ${String(label)}`);
    }

    await tabTo('Name');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(name);
    await tabTo('Template', 'combobox');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const template = await page.getByRole('combobox', { name: 'Template' }).inputValue();
    expect(template).not.toBe('superserve/base');

    await tabTo('Add tag', 'button');
    await page.keyboard.press('Enter');
    await page.keyboard.type('team');
    await page.keyboard.press('Tab');
    await page.keyboard.type('keyboard');
    await tabTo('Add destination', 'button');
    await page.keyboard.press('Enter');
    await page.keyboard.type('pypi.org');
    await tabTo('Create sandbox', 'button');
    await page.keyboard.press('Enter');

    const id = await createdId(page);
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Metadata' }).getByRole('definition')).toHaveText([
      'keyboard',
    ]);
    await api.deleteSandbox(id);
  });

  test('?template= preselects a template', async ({ page }) => {
    await openForm(page, '?template=superserve/node-22');
    await expect(page.getByRole('combobox', { name: 'Template' })).toHaveValue('superserve/node-22');
  });

  test('the template list is a keyboard and screen-reader combobox with only ready templates pickable', async ({
    page,
  }) => {
    await openForm(page);
    const combobox = page.getByRole('combobox', { name: 'Template' });
    await combobox.press('ArrowDown');
    await expect(combobox).toHaveAttribute('aria-expanded', 'true');
    const listbox = page.getByRole('listbox', { name: 'Templates' });
    const options = listbox.getByRole('option');
    await expect(options.first()).toContainText('superserve/base');
    await expect(options.first()).toContainText('1 vCPU · 1 GiB · 4 GiB disk');
    await expect(options.first()).toContainText('ready');
    // The active option is announced through aria-activedescendant.
    const activeId = await combobox.getAttribute('aria-activedescendant');
    expect(activeId).toBeTruthy();
    await expect(page.locator(`[id="${activeId}"]`)).toHaveAttribute('aria-selected', 'true');
    await expectNoA11yViolations(page);
    await combobox.press('Escape');
    await expect(combobox).toHaveAttribute('aria-expanded', 'false');

    // Free text: a name the list doesn't have is kept and explained.
    await combobox.fill('my-team/custom-env');
    await combobox.press('Escape');
    await expect(page.getByTestId('template-hint')).toHaveText(
      'Not in the list: the API will look it up by name or id when you create.',
    );
  });

  test('a template that is not ready is listed but can be neither picked nor sent', async ({
    page,
    request,
  }) => {
    await page.goto('/sandboxes');
    const origin = { origin: new URL(page.url()).origin };
    const templateName = `form-broken-${Date.now().toString(36)}`;
    const created = await request.post('/api/templates', {
      headers: origin,
      data: { name: templateName, build_spec: { from: 'ubuntu:24.04', steps: [{ run: 'exit 1' }] } },
    });
    expect(created.status()).toBe(202);
    const { id } = (await created.json()) as { id: string };
    try {
      await expect
        .poll(
          async () =>
            ((await (await request.get(`/api/templates/${id}`)).json()) as { status: string }).status,
        )
        .toBe('failed');

      const creates = watchCreates(page);
      await openForm(page);
      const combobox = page.getByRole('combobox', { name: 'Template' });
      await combobox.fill('form-broken');
      const option = page.getByRole('option', { name: new RegExp(templateName) });
      await expect(option).toHaveAttribute('aria-disabled', 'true');
      await expect(option).toContainText('failed');
      // Playwright refuses to click an aria-disabled element; a user's click still lands, so force it.
      await option.click({ force: true });
      await expect(combobox).toHaveValue('form-broken');

      await combobox.fill(templateName);
      await combobox.press('Escape');
      await expect(page.getByTestId('template-hint')).toHaveText(
        `${templateName} is failed; only ready templates can be used.`,
      );
      await page.getByRole('button', { name: 'Create sandbox' }).click();
      await expect(combobox).toHaveAccessibleDescription(/choose a ready template/);
      await expect(combobox).toBeFocused();
      expect(creates).toHaveLength(0);
    } finally {
      await request.delete(`/api/templates/${id}`, { headers: origin });
    }
  });
});
