import type { Page, Route } from '@playwright/test';
import { expect, test, uniqueName } from './fixtures';
import { addKeyValue, addRule, createdId, editor, openForm, watchCreates, nameInput } from './create-helpers';

function errorBody(code: string, message: string, fields?: Array<{ path: string; message: string }>) {
  return JSON.stringify({ error: { code, message, ...(fields ? { fields } : {}) } });
}

/** Fills a form whose every section must survive a failed submit. */
async function fillForm(page: Page, name: string) {
  await openForm(page);
  await nameInput(page).fill(name);
  await addKeyValue(page, editor(page, 'Metadata'), 'env', 'keep-me');
  await addKeyValue(page, editor(page, 'Environment variables'), 'TOKEN', 'secret-kept');
  await addRule(editor(page, 'Allowed destinations'), 'api.openai.com');
}

async function expectValuesKept(page: Page, name: string) {
  await expect(nameInput(page)).toHaveValue(name);
  await expect(editor(page, 'Metadata').getByLabel('Key 1')).toHaveValue('env');
  await expect(editor(page, 'Metadata').getByLabel('Value 1')).toHaveValue('keep-me');
  await expect(editor(page, 'Environment variables').getByLabel('Value 1')).toHaveValue('secret-kept');
  await expect(editor(page, 'Allowed destinations').getByLabel('Allowed destination 1')).toHaveValue(
    'api.openai.com',
  );
}

async function failCreateWith(
  page: Page,
  status: number,
  body: string,
  headers: Record<string, string> = {},
) {
  await page.route('**/api/sandboxes', (route: Route) =>
    route.request().method() === 'POST'
      ? route.fulfill({ status, contentType: 'application/json', body, headers })
      : route.fallback(),
  );
}

const banner = (page: Page) => page.getByTestId('submit-banner');

test.describe('create form after a server error', () => {
  test('a 500 keeps every value and says what to do; a retry reuses the idempotency key', async ({
    page,
    api,
  }) => {
    const name = uniqueName('create-500');
    await fillForm(page, name);
    await failCreateWith(page, 500, errorBody('internal_error', 'database unavailable'));
    const creates = watchCreates(page);
    await page.getByRole('button', { name: 'Create sandbox' }).click();
    await expect(banner(page)).toContainText('Something went wrong on the server');
    await expect(banner(page)).toContainText('never creates a second sandbox');
    await expect(banner(page)).toBeFocused();
    await expectValuesKept(page, name);

    await page.unroute('**/api/sandboxes');
    await page.getByRole('button', { name: 'Create sandbox' }).click();
    const id = await createdId(page);
    expect(creates).toHaveLength(2);
    expect(creates[1]?.headers()['idempotency-key']).toBe(creates[0]?.headers()['idempotency-key']);
    await api.deleteSandbox(id);
  });

  test('429 too_many_sandboxes explains the cap and links to the list', async ({ page }) => {
    const name = uniqueName('create-cap');
    await fillForm(page, name);
    await failCreateWith(page, 429, errorBody('too_many_sandboxes', 'team has 50 sandboxes, max is 50'));
    await page.getByRole('button', { name: 'Create sandbox' }).click();
    await expect(banner(page)).toContainText('Your team has reached its sandbox limit');
    await expect(banner(page).getByRole('link', { name: 'Open sandboxes' })).toHaveAttribute(
      'href',
      '/sandboxes',
    );
    await expectValuesKept(page, name);
  });

  test('429 rate_limited tells how long to wait, from Retry-After', async ({ page }) => {
    const name = uniqueName('create-rate');
    await fillForm(page, name);
    await failCreateWith(page, 429, errorBody('rate_limited', 'rate limit exceeded'), { 'Retry-After': '7' });
    await page.getByRole('button', { name: 'Create sandbox' }).click();
    await expect(banner(page)).toContainText('Too many requests');
    await expect(banner(page)).toContainText('wait 7 seconds');
    await expectValuesKept(page, name);
  });

  test('409 for a template that is not ready marks the template', async ({ page }) => {
    const name = uniqueName('create-409');
    await fillForm(page, name);
    await failCreateWith(page, 409, errorBody('conflict', 'template is not ready (status=building)'));
    await page.getByRole('button', { name: 'Create sandbox' }).click();
    await expect(banner(page)).toContainText('The template is not ready yet');
    await expect(page.getByRole('combobox', { name: 'Template' })).toHaveAccessibleDescription(/not ready/);
    await expectValuesKept(page, name);
  });

  test('502 and 504 say a retry is safe', async ({ page }) => {
    const name = uniqueName('create-5xx');
    await fillForm(page, name);
    await failCreateWith(page, 502, errorBody('bad_gateway', 'upstream unreachable'));
    await page.getByRole('button', { name: 'Create sandbox' }).click();
    await expect(banner(page)).toContainText('could not be reached');
    await page.unroute('**/api/sandboxes');
    await failCreateWith(page, 504, errorBody('gateway_timeout', 'upstream timed out'));
    await page.getByRole('button', { name: 'Create sandbox' }).click();
    await expect(banner(page)).toContainText('The API took too long to answer');
    await expect(banner(page)).toContainText('may or may not have been created');
    await expectValuesKept(page, name);
  });

  test('a 400 with fields puts each message on its row', async ({ page }) => {
    const name = uniqueName('create-400');
    await fillForm(page, name);
    await failCreateWith(
      page,
      400,
      errorBody('bad_request', 'metadata key "env" is not allowed here', [
        { path: 'metadata.env', message: 'metadata key "env" is not allowed here' },
        { path: 'network.allow_out.0', message: 'allow_out entry "api.openai.com" is blocked by policy' },
      ]),
    );
    await page.getByRole('button', { name: 'Create sandbox' }).click();
    await expect(editor(page, 'Metadata').getByLabel('Key 1')).toHaveAccessibleDescription(
      'metadata key "env" is not allowed here',
    );
    await expect(
      editor(page, 'Allowed destinations').getByLabel('Allowed destination 1'),
    ).toHaveAccessibleDescription(/blocked by policy/);
    await expect(editor(page, 'Metadata').getByLabel('Key 1')).toBeFocused();
    await expect(banner(page)).toContainText('Some values were not accepted');
    await expectValuesKept(page, name);
  });

  test('a real 404 from the emulator marks an unknown template', async ({ page }) => {
    const name = uniqueName('create-404');
    await fillForm(page, name);
    const combobox = page.getByRole('combobox', { name: 'Template' });
    await combobox.fill('no-such-template');
    await combobox.press('Escape');
    await page.getByRole('button', { name: 'Create sandbox' }).click();
    await expect(banner(page)).toContainText('Template not found');
    await expect(combobox).toHaveAccessibleDescription(/No template has this name or id/);
    await expectValuesKept(page, name);
  });
});
