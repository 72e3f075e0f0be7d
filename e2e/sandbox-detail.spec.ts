import { expect, expectNoA11yViolations, test } from './fixtures';

test.describe('sandbox detail page', () => {
  test('shows the fields of a sandbox created through the API', async ({ page, api }) => {
    const sandbox = await api.createSandbox({
      timeout_seconds: 2 * 3600,
      metadata: { env: 'staging', owner: 'e2e' },
      network: { allow_out: ['api.openai.com', '*.github.com'], deny_out: ['0.0.0.0/0'] },
    });

    await page.goto(`/sandboxes/${sandbox.id}`);

    await expect(page.getByRole('heading', { level: 1, name: sandbox.name })).toBeVisible();
    await expect(page).toHaveTitle(`${sandbox.name} · Sandbox Console`);
    const main = page.getByRole('main');
    await expect(main.getByText(sandbox.id, { exact: true })).toBeVisible();
    await expect(main.getByText('Active', { exact: true }).first()).toBeVisible();

    const metadata = page.getByRole('region', { name: 'Metadata' });
    await expect(metadata.getByRole('term')).toHaveText(['env', 'owner']);
    await expect(metadata.getByRole('definition')).toHaveText(['staging', 'e2e']);

    const network = page.getByRole('region', { name: 'Network' });
    await expect(network.getByRole('listitem')).toHaveText(['api.openai.com', '*.github.com', '0.0.0.0/0']);

    const details = page.getByRole('region', { name: 'Details' });
    await expect(details.getByText(/^2h cap · ends /)).toBeVisible();
    await expect(details.getByText(/^ends in (1h 59m|2h 00m)/)).toBeVisible();
    await expect(details.getByText(`${sandbox.vcpu_count} vCPU`)).toBeVisible();
    await expect(details.getByText('superserve/base')).toBeVisible();
    await expect(details.getByText('None yet — taken at the first pause')).toBeVisible();

    const connect = page.getByRole('region', { name: 'Connect' });
    await expect(connect.getByTestId('connect-snippet')).toContainText(`Sandbox.connect("${sandbox.id}"`);
    await connect.getByRole('tab', { name: 'Python' }).click();
    await expect(connect.getByTestId('connect-snippet')).toContainText(
      new RegExp(`Sandbox\\.connect\\(\\s*"${sandbox.id}"`),
    );
    await connect.getByRole('tab', { name: 'Python' }).press('ArrowRight');
    await expect(connect.getByRole('tab', { name: 'curl' })).toBeFocused();
    await expect(connect.getByTestId('connect-snippet')).toContainText(`/sandboxes/${sandbox.id}/exec`);
    await expect(connect.getByTestId('connect-snippet')).toContainText('$SUPERSERVE_API_KEY');

    await expectNoA11yViolations(page);
  });

  test('a sandbox without metadata or rules says so', async ({ page, api }) => {
    const sandbox = await api.createSandbox();
    await page.goto(`/sandboxes/${sandbox.id}`);
    await expect(page.getByText('No metadata on this sandbox.')).toBeVisible();
    await expect(page.getByText('No egress rules: every public destination is reachable.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Details' }).getByText('No limit')).toBeVisible();
  });

  test('an unknown id shows the 404 page', async ({ page }) => {
    const id = '00000000-0000-4000-8000-000000000000';
    await page.goto(`/sandboxes/${id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Sandbox not found' })).toBeVisible();
    await expect(page.getByText(id)).toBeVisible();
    await expectNoA11yViolations(page);

    await page.getByRole('link', { name: 'Back to sandboxes' }).click();
    await expect(page).toHaveURL(/\/sandboxes$/);
  });

  test('a malformed id answers 404 without asking the API', async ({ page }) => {
    let apiCalls = 0;
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/sandboxes/')) apiCalls += 1;
    });
    const response = await page.goto('/sandboxes/not-a-sandbox-id');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Sandbox not found' })).toBeVisible();
    expect(apiCalls).toBe(0);
    await expectNoA11yViolations(page);
  });

  test('a sandbox deleted while its page is open is reported, not an error', async ({ page, api }) => {
    const sandbox = await api.createSandbox();
    await page.clock.install();
    await page.goto(`/sandboxes/${sandbox.id}`);
    await expect(page.getByRole('heading', { level: 1, name: sandbox.name })).toBeVisible();

    await api.deleteSandbox(sandbox.id);
    // Coming back to the tab a while later refetches, as it would after the user looked elsewhere.
    await page.clock.fastForward(60_000);
    await page.evaluate(() => window.dispatchEvent(new Event('visibilitychange')));
    await expect(
      page.getByRole('heading', { level: 1, name: 'This sandbox no longer exists' }),
    ).toBeVisible();
    await expect(page.getByText(`${sandbox.name} was deleted, or its lifetime ended.`)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Back to sandboxes' })).toBeVisible();
  });

  test('a failing API shows an error with a working retry', async ({ page }) => {
    // The server puts a sandbox it could read into the page; one it could not (here: none with this id) the
    // browser asks for itself, and meets the failing API.
    const id = '00000000-0000-4000-8000-0000000000fe';
    let fail = true;
    await page.route(`**/api/sandboxes/${id}`, (route) =>
      fail
        ? route.fulfill({
            status: 502,
            json: { error: { code: 'bad_gateway', message: 'The Superserve API could not be reached.' } },
          })
        : route.fallback(),
    );
    await page.goto(`/sandboxes/${id}`);
    await expect(page.getByRole('heading', { name: "Couldn't load this sandbox" })).toBeVisible({
      timeout: 15_000,
    });
    await expect(page.getByText('The Superserve API could not be reached.')).toBeVisible();
    await expectNoA11yViolations(page);

    // The retry asks again and shows the API's real answer.
    fail = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sandbox not found' })).toBeVisible();
  });
});
