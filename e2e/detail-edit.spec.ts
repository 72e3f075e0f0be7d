import { expect, expectNoA11yViolations, test } from './fixtures';
import { getViaApi, openSandbox, pauseViaApi } from './detail-helpers';

test.describe('detail page: editing metadata and network', () => {
  test('metadata is edited with the form’s editor and PATCH replaces the whole map', async ({
    page,
    api,
    request,
  }) => {
    const sandbox = await api.createSandbox({ metadata: { env: 'dev', owner: 'e2e', stale: 'yes' } });
    await openSandbox(page, sandbox);
    const section = page.getByRole('region', { name: 'Metadata' });

    await section.getByRole('button', { name: 'Edit metadata' }).click();
    await expect(section.getByText('replaces the whole map')).toBeVisible();
    const editor = section.getByRole('group', { name: 'Metadata', exact: true });
    await expect(editor.getByRole('listitem')).toHaveCount(3);

    await editor.getByRole('textbox', { name: 'Value 1' }).fill('prod');
    await editor.getByRole('button', { name: 'Remove tag stale' }).click();
    await editor.getByRole('button', { name: 'Add tag' }).click();
    await editor.getByLabel('Key 3', { exact: true }).fill('team');
    await editor.getByRole('textbox', { name: 'Value 3' }).fill('platform');
    await expectNoA11yViolations(page);
    await section.getByRole('button', { name: 'Save changes' }).click();

    await expect(section.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    await expect(section.getByRole('term')).toHaveText(['env', 'owner', 'team']);
    expect((await getViaApi(request, sandbox.id)).metadata).toEqual({
      env: 'prod',
      owner: 'e2e',
      team: 'platform',
    });

    await page.reload();
    await expect(page.getByRole('region', { name: 'Metadata' }).getByRole('definition')).toHaveText([
      'prod',
      'e2e',
      'platform',
    ]);
  });

  test('metadata errors show on their row and nothing is sent', async ({ page, api }) => {
    const sandbox = await api.createSandbox({ metadata: { env: 'dev' } });
    await openSandbox(page, sandbox);
    const section = page.getByRole('region', { name: 'Metadata' });
    await section.getByRole('button', { name: 'Edit metadata' }).click();
    const editor = section.getByRole('group', { name: 'Metadata', exact: true });
    await editor.getByRole('button', { name: 'Add tag' }).click();
    await editor.getByLabel('Key 2', { exact: true }).fill('env');

    let patches = 0;
    page.on('request', (req) => {
      if (req.method() === 'PATCH') patches += 1;
    });
    await section.getByRole('button', { name: 'Save changes' }).click();
    await expect(editor.getByRole('listitem').nth(0)).toContainText('Key `env` is used twice');
    await expect(editor.getByRole('listitem').nth(1)).toContainText('Key `env` is used twice');
    expect(patches).toBe(0);
  });

  test('a 400 from the server lands on the row it names, and the edits are kept', async ({ page, api }) => {
    const sandbox = await api.createSandbox({ metadata: { env: 'dev' } });
    await page.route(`**/api/sandboxes/${sandbox.id}`, (route) =>
      route.request().method() === 'PATCH'
        ? route.fulfill({
            status: 400,
            json: {
              error: {
                code: 'bad_request',
                message: 'metadata.owner: this key is not allowed here',
                fields: [{ path: 'metadata.owner', message: 'This key is not allowed here' }],
              },
            },
          })
        : route.fallback(),
    );
    await openSandbox(page, sandbox);
    const section = page.getByRole('region', { name: 'Metadata' });
    await section.getByRole('button', { name: 'Edit metadata' }).click();
    const editor = section.getByRole('group', { name: 'Metadata', exact: true });
    await editor.getByRole('button', { name: 'Add tag' }).click();
    await editor.getByLabel('Key 2', { exact: true }).fill('owner');
    await editor.getByRole('textbox', { name: 'Value 2' }).fill('alice');
    await section.getByRole('button', { name: 'Save changes' }).click();

    await expect(editor.getByRole('listitem').nth(1)).toContainText('This key is not allowed here');
    await expect(section.getByTestId('action-error')).toContainText('Metadata not saved');
    await expect(editor.getByRole('textbox', { name: 'Value 2' })).toHaveValue('alice');
  });

  test('network rules are edited with the form’s editors and tester, and saved', async ({
    page,
    api,
    request,
  }) => {
    const sandbox = await api.createSandbox({ network: { allow_out: ['api.openai.com'] } });
    await openSandbox(page, sandbox);
    const section = page.getByRole('region', { name: 'Network' });
    await section.getByRole('button', { name: 'Edit network rules' }).click();

    const allowed = section.getByRole('group', { name: 'Allowed destinations', exact: true });
    await allowed.getByRole('button', { name: 'Add destination' }).click();
    await allowed.getByRole('listitem').nth(1).getByRole('textbox').fill('*.github.com');
    await section.getByRole('button', { name: /Block everything else/ }).click();

    const tester = section.getByTestId('destination-tester');
    await tester.getByRole('textbox', { name: 'Test a destination' }).fill('api.github.com');
    await expect(tester.getByRole('status')).toContainText('Allowed');
    await tester.getByRole('textbox', { name: 'Test a destination' }).fill('8.8.8.8');
    await expect(tester.getByRole('status')).toContainText('Blocked');
    await expectNoA11yViolations(page);

    await section.getByRole('button', { name: 'Save changes' }).click();
    await expect(section.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    expect((await getViaApi(request, sandbox.id)).network).toEqual({
      allow_out: ['api.openai.com', '*.github.com'],
      deny_out: ['0.0.0.0/0'],
    });
    await page.reload();
    await expect(page.getByRole('region', { name: 'Network' }).getByRole('listitem')).toHaveText([
      'api.openai.com',
      '*.github.com',
      '0.0.0.0/0',
    ]);
  });

  test('a paused sandbox’s network cannot be edited, and says why', async ({ page, api, request }) => {
    const sandbox = await api.createSandbox();
    await pauseViaApi(request, sandbox.id);
    await openSandbox(page, sandbox);
    const section = page.getByRole('region', { name: 'Network' });
    await expect(section.getByRole('button', { name: 'Edit network rules' })).toBeDisabled();
    await expect(section).toContainText('the API refuses network changes while it is paused (409)');
    // Metadata stays editable in any state.
    await expect(page.getByRole('button', { name: 'Edit metadata' })).toBeEnabled();
    await expectNoA11yViolations(page);
  });

  test('the 409 for a sandbox paused while its network was being edited is explained', async ({
    page,
    api,
    request,
  }) => {
    const sandbox = await api.createSandbox({ network: { allow_out: ['api.openai.com'] } });
    await openSandbox(page, sandbox);
    const section = page.getByRole('region', { name: 'Network' });
    await section.getByRole('button', { name: 'Edit network rules' }).click();
    const allowed = section.getByRole('group', { name: 'Allowed destinations', exact: true });
    await allowed.getByRole('button', { name: 'Add destination' }).click();
    await allowed.getByRole('listitem').nth(1).getByRole('textbox').fill('pypi.org');

    await pauseViaApi(request, sandbox.id); // paused from elsewhere while the form is open
    await section.getByRole('button', { name: 'Save changes' }).click();

    const error = section.getByTestId('action-error');
    await expect(error).toContainText('Network rules not saved');
    await expect(error).toContainText('only while the sandbox is active');
    await expect(error).toContainText('It is paused now.');
    await expect(error).toContainText('Nothing was saved');
    // The edits are kept, and the editor now says why it is locked.
    await expect(allowed.getByRole('listitem').nth(1).getByRole('textbox')).toHaveValue('pypi.org');
    await expect(section.getByRole('button', { name: 'Save changes' })).toBeDisabled();
    expect((await getViaApi(request, sandbox.id)).network).toEqual({ allow_out: ['api.openai.com'] });
  });
});
