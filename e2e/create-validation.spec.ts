import { expect, test } from './fixtures';
import { addKeyValue, addRule, editor, openForm, watchCreates, nameInput } from './create-helpers';

test.describe('create form validation', () => {
  test('each kind of invalid input shows its message on the right row, and nothing is sent', async ({
    page,
  }) => {
    const creates = watchCreates(page);
    await openForm(page);

    const name = nameInput(page);
    await name.fill('');
    await name.blur();
    await expect(name).toHaveAccessibleDescription(/name is required/);
    await name.fill('é'.repeat(33));
    await expect(name).toHaveAccessibleDescription(/66 bytes; the limit is 64/);
    await expect(name).toHaveAttribute('aria-invalid', 'true');

    await page.getByLabel('Limit its lifetime').check();
    const lifetime = page.getByLabel('Lifetime', { exact: true });
    await lifetime.fill('8');
    await page.getByLabel('Unit').selectOption('days');
    await lifetime.blur();
    await expect(lifetime).toHaveAccessibleDescription(/longest lifetime is 7 days/);

    const metadata = editor(page, 'Metadata');
    await addKeyValue(page, metadata, 'env', 'a');
    await addKeyValue(page, metadata, 'owner', 'b');
    await addKeyValue(page, metadata, 'env', 'c');
    await addKeyValue(page, metadata, 'superserve.team', 'x');
    await addKeyValue(page, metadata, 'big', 'x'.repeat(2100));
    // A duplicate key is flagged on both rows, not on the row in between.
    await expect(metadata.getByLabel('Key 1')).toHaveAccessibleDescription('Key `env` is used twice');
    await expect(metadata.getByLabel('Key 3')).toHaveAccessibleDescription('Key `env` is used twice');
    await expect(metadata.getByLabel('Key 2')).not.toHaveAttribute('aria-invalid', 'true');
    await expect(metadata.getByLabel('Key 4')).toHaveAccessibleDescription(/reserved/);
    await expect(metadata.getByLabel('Value 5')).toHaveAccessibleDescription(/2100 bytes; the limit is 2048/);
    // The byte counter shows next to a value near its limit.
    await expect(metadata.getByText('2,100 / 2,048 bytes')).toBeVisible();

    const env = editor(page, 'Environment variables');
    await addKeyValue(page, env, '1BAD', 'x');
    await addKeyValue(page, env, 'MY-VAR', 'y');
    await expect(env.getByLabel('Name 1')).toHaveAccessibleDescription(/is not valid/);
    await expect(env.getByLabel('Name 2')).toHaveAccessibleDescription(/is not valid/);

    const allow = editor(page, 'Allowed destinations');
    await addRule(allow, 'https://example.com/path');
    await addRule(allow, '*');
    await addRule(allow, 'api.openai.com');
    await expect(allow.getByLabel('Allowed destination 1')).toHaveAccessibleDescription(
      /is a URL; use just the host, e.g. "example.com"/,
    );
    await expect(allow.getByLabel('Allowed destination 2')).toHaveAccessibleDescription(
      /would allow everything/,
    );
    await expect(allow.getByLabel('Allowed destination 3')).not.toHaveAttribute('aria-invalid', 'true');

    const deny = editor(page, 'Blocked ranges');
    await addRule(deny, 'example.com');
    await addRule(deny, '10.0.0.0/33');
    await expect(deny.getByLabel('Blocked range 1')).toHaveAccessibleDescription(/accepts CIDR ranges only/);
    await expect(deny.getByLabel('Blocked range 2')).toHaveAccessibleDescription(/invalid prefix length/);

    // Submitting sends nothing, and takes the user to the first problem on the page.
    await page.getByRole('button', { name: 'Create sandbox' }).click();
    await expect(name).toBeFocused();
    await page.waitForTimeout(300);
    expect(creates).toHaveLength(0);
  });

  test('errors appear once a field is left, then update as the user types', async ({ page }) => {
    await openForm(page);
    const metadata = editor(page, 'Metadata');
    await addKeyValue(page, metadata, 'env', 'a');
    await metadata.getByRole('button', { name: 'Add tag' }).click();
    const second = metadata.getByLabel('Key 2');
    await second.pressSequentially('env');
    // Not yet left: no error while typing the first time.
    await expect(second).not.toHaveAttribute('aria-invalid', 'true');
    await second.blur();
    await expect(second).toHaveAccessibleDescription('Key `env` is used twice');
    await expect(metadata.getByLabel('Key 1')).toHaveAccessibleDescription('Key `env` is used twice');
    // Fixing one row clears both, without leaving the field.
    await second.focus();
    await second.press('End');
    await second.pressSequentially('2');
    await expect(second).not.toHaveAttribute('aria-invalid', 'true');
    await expect(metadata.getByLabel('Key 1')).not.toHaveAttribute('aria-invalid', 'true');
  });

  test('submit scrolls to and focuses the first invalid row further down', async ({ page }) => {
    const creates = watchCreates(page);
    await openForm(page);
    const deny = editor(page, 'Blocked ranges');
    await addRule(deny, 'not-a-cidr');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('button', { name: 'Create sandbox' }).click();
    const field = deny.getByLabel('Blocked range 1');
    await expect(field).toBeFocused();
    await expect(field).toBeInViewport();
    expect(creates).toHaveLength(0);
  });

  test('a whole-list limit (16 KB of metadata) is shown under the list and focused on submit', async ({
    page,
  }) => {
    const creates = watchCreates(page);
    await openForm(page);
    const metadata = editor(page, 'Metadata');
    const lines = Array.from({ length: 9 }, (_, i) => `key${i}=${'v'.repeat(2000)}`).join('\n');
    await metadata.getByRole('button', { name: 'Paste KEY=value lines' }).click();
    await page.getByRole('dialog').getByLabel('Text to add').fill(lines);
    await page.getByRole('dialog').getByRole('button', { name: 'Add rows' }).click();
    await expect(metadata.getByRole('listitem')).toHaveCount(9);
    const message = metadata.getByText(/metadata is \d+ bytes as JSON; the limit is 16384/);
    await expect(message).toBeVisible();
    await expect(metadata.getByText('9 of 64 tags · 17.7 KB of 16 KB')).toBeVisible();

    await page.getByRole('button', { name: 'Create sandbox' }).click();
    await expect(message).toBeFocused();
    expect(creates).toHaveLength(0);
  });
});
