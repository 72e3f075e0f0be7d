import { expect, expectNoA11yViolations, test } from './fixtures';
import { getViaApi, openSandbox, pauseViaApi, statusBadge } from './detail-helpers';

test.describe('detail page: exec console', () => {
  test('output streams in before the command ends, then the exit code and duration', async ({
    page,
    api,
  }) => {
    const sandbox = await api.createSandbox();
    await openSandbox(page, sandbox);
    const panel = page.getByRole('region', { name: 'Console' });

    await panel.getByRole('textbox', { name: 'Command' }).fill('echo start; sleep 3; echo done');
    await panel.getByRole('button', { name: 'Run', exact: true }).click();

    const output = panel.getByTestId('exec-output');
    // "start" is on screen while "done" is not: it arrived during the sleep, streamed rather than buffered.
    await expect(output).toContainText('start');
    await expect(output).not.toContainText('done');
    await expect(panel.getByRole('button', { name: 'Stop' })).toBeVisible();

    await expect(output).toHaveText('start\ndone\n', { timeout: 10_000 });
    await expect(panel.getByTestId('exec-exit')).toHaveText('Exit code 0');
    await expect(panel.getByText(/^\d+\.\d s$/)).toHaveText(/^([3-9]|[1-5]\d)\.\d s$/);
    await expect(panel.getByRole('button', { name: 'Run', exact: true })).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test('stdout and stderr are told apart, and a failing command shows its exit code', async ({
    page,
    api,
  }) => {
    const sandbox = await api.createSandbox();
    await openSandbox(page, sandbox);
    const panel = page.getByRole('region', { name: 'Console' });
    await panel.getByRole('textbox', { name: 'Command' }).fill('echo out; echo err >&2; exit 3');
    await panel.getByRole('textbox', { name: 'Command' }).press('Enter');

    await expect(panel.getByTestId('exec-exit')).toHaveText('Exit code 3');
    await expect(panel.locator('[data-stream="stdout"]')).toHaveText('out\n');
    await expect(panel.locator('[data-stream="stderr"]')).toHaveText('err\n');
  });

  test('a running command can be stopped', async ({ page, api }) => {
    const sandbox = await api.createSandbox();
    await openSandbox(page, sandbox);
    const panel = page.getByRole('region', { name: 'Console' });
    await panel.getByRole('textbox', { name: 'Command' }).fill('echo begin; sleep 20; echo never');
    await panel.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(panel.getByTestId('exec-output')).toContainText('begin');

    await panel.getByRole('button', { name: 'Stop' }).click();
    await expect(panel.getByTestId('exec-exit')).toHaveText('Stopped');
    await expect(panel.getByRole('button', { name: 'Run', exact: true })).toBeVisible();
    await page.waitForTimeout(500);
    await expect(panel.getByTestId('exec-output')).toHaveText('begin\n');
  });

  test('working directory and timeout are sent; a timeout reads as such', async ({ page, api }) => {
    const sandbox = await api.createSandbox();
    await openSandbox(page, sandbox);
    const panel = page.getByRole('region', { name: 'Console' });
    await panel.getByRole('textbox', { name: 'Working directory' }).fill('relative');
    await panel.getByRole('textbox', { name: 'Command' }).fill('pwd; sleep 5');
    await panel.getByRole('textbox', { name: 'Timeout (seconds)' }).fill('1');
    await panel.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(panel.getByText('Use an absolute path, e.g. /home/user/app')).toBeVisible();

    await panel.getByRole('textbox', { name: 'Working directory' }).fill('/tmp');
    await panel.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(panel.getByTestId('exec-output')).toHaveText('/tmp\n');
    await expect(panel.getByTestId('exec-exit')).toHaveText('Timed out · exit code 124');
  });

  test('history: re-run from the list, walk it with ↑/↓, and it survives a reload', async ({ page, api }) => {
    const sandbox = await api.createSandbox();
    await openSandbox(page, sandbox);
    const panel = page.getByRole('region', { name: 'Console' });
    const command = panel.getByRole('textbox', { name: 'Command' });
    for (const line of ['echo one', 'echo two']) {
      await command.fill(line);
      await command.press('Enter');
      await expect(panel.getByTestId('exec-exit')).toHaveText('Exit code 0');
    }
    const history = panel.getByRole('region', { name: 'This session' });
    await expect(history.getByRole('listitem')).toHaveText([/echo two/, /echo one/]);

    await command.fill('draft');
    await command.press('ArrowUp');
    await expect(command).toHaveValue('echo two');
    await command.press('ArrowUp');
    await expect(command).toHaveValue('echo one');
    await command.press('ArrowDown');
    await command.press('ArrowDown');
    await expect(command).toHaveValue('draft');

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: sandbox.name })).toBeVisible({
      timeout: 20_000,
    });
    const reloaded = page.getByRole('region', { name: 'Console' });
    await reloaded.getByRole('button', { name: 'Run again: echo one' }).click();
    await expect(reloaded.getByTestId('exec-output')).toHaveText('one\n');
    await expect(reloaded.getByRole('region', { name: 'This session' }).getByRole('listitem')).toHaveText([
      /echo one/,
      /echo two/,
    ]);
  });

  test('on a paused sandbox it says the command will resume it, and the page shows it active after', async ({
    page,
    api,
    request,
  }) => {
    const sandbox = await api.createSandbox();
    await pauseViaApi(request, sandbox.id);
    await openSandbox(page, sandbox);
    const panel = page.getByRole('region', { name: 'Console' });
    await expect(panel).toContainText('This sandbox is paused. Running a command resumes it first');

    await panel.getByRole('textbox', { name: 'Command' }).fill('echo hello');
    await panel.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(panel.getByTestId('exec-output')).toHaveText('hello\n');
    await expect(statusBadge(page, 'Active')).toBeVisible();
    await expect(panel).not.toContainText('This sandbox is paused');
    expect((await getViaApi(request, sandbox.id)).status).toBe('active');
  });
});
