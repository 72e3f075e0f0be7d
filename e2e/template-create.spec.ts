/**
 * /templates/new: the template create form against the embedded API — create from typed values and from an
 * imported Dockerfile, the steps editor by keyboard and by drag, field errors (the form's and the API's), the
 * draft, clone, the viewer's refusal, and axe.
 */
import { stateOf } from './accounts';
import { expect, expectNoA11yViolations, test, uniqueName } from './fixtures';
import {
  createdTemplateId,
  createTemplate,
  expectPreview,
  getTemplate,
  openTemplateForm,
  previewBody,
  removeTemplate,
  step,
} from './template-form-helpers';
import type { Page, Request } from '@playwright/test';

const nameInput = (page: Page) => page.getByRole('textbox', { name: 'Name', exact: true });
const baseInput = (page: Page) => page.getByRole('textbox', { name: 'Base image', exact: true });

function watchTemplateCreates(page: Page): Request[] {
  const creates: Request[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/templates')
      creates.push(request);
  });
  return creates;
}

/** Templates a test made; removed when it ends (a team may have only 10). */
const made: string[] = [];
test.afterEach(async ({ request }) => {
  for (const id of made.splice(0)) await removeTemplate(request, id);
});

test.describe('create a template', () => {
  test('from typed values: the preview shows the body, and the API gets exactly it', async ({
    page,
    request,
  }) => {
    const name = uniqueName('tpl-form');
    await openTemplateForm(page);
    // The API's defaults are shown, and sent.
    await expect(page.getByRole('textbox', { name: 'vCPU' })).toHaveValue('1');
    await expect(page.getByRole('textbox', { name: 'Memory (MiB)' })).toHaveValue('1024');
    await expect(page.getByRole('textbox', { name: 'Disk (MiB)' })).toHaveValue('4096');

    await nameInput(page).fill(name);
    await page.getByRole('textbox', { name: 'vCPU' }).fill('2');
    await page.getByRole('textbox', { name: 'Memory (MiB)' }).fill('2048');
    await baseInput(page).fill('python:3.11');

    await page.getByRole('button', { name: 'Add run step' }).click();
    // The new step's first input has focus.
    await expect(step(page, 1).getByRole('textbox', { name: 'Command' })).toBeFocused();
    await page.keyboard.type('pip install requests');
    await page.getByRole('button', { name: 'Add env step' }).click();
    await step(page, 2).getByRole('textbox', { name: 'Variable name' }).fill('APP_ENV');
    await step(page, 2).getByRole('textbox', { name: 'Value' }).fill('prod');
    await page.getByRole('button', { name: 'Add workdir step' }).click();
    await step(page, 3).getByRole('textbox', { name: 'Directory' }).fill('/srv/app');
    await page.getByRole('button', { name: 'Add user step' }).click();
    await step(page, 4).getByRole('textbox', { name: 'User name' }).fill('app');
    await step(page, 4).getByRole('checkbox', { name: 'Allow sudo' }).check();
    // Duplicate, then change the copy's kind: the text typed survives the switch.
    await step(page, 1).getByRole('button', { name: 'Duplicate step 1' }).click();
    await step(page, 2).getByRole('combobox', { name: 'Step 2 kind' }).selectOption('run');
    await step(page, 2).getByRole('textbox', { name: 'Command' }).fill('python -c "import requests"');
    await page.getByRole('textbox', { name: 'Start command' }).fill('python -m http.server 8000');

    const expected = {
      name,
      vcpu: 2,
      memory_mib: 2048,
      disk_mib: 4096,
      build_spec: {
        from: 'python:3.11',
        steps: [
          { run: 'pip install requests' },
          { run: 'python -c "import requests"' },
          { env: { key: 'APP_ENV', value: 'prod' } },
          { workdir: '/srv/app' },
          { user: { name: 'app', sudo: true } },
        ],
        start_cmd: 'python -m http.server 8000',
      },
    };
    await expectPreview(page, expected);
    await page.getByRole('tab', { name: 'curl' }).click();
    await expect(page.getByTestId('request-preview')).toContainText('/templates"');
    await expect(page.getByTestId('request-preview')).toContainText("--header 'Idempotency-Key: ");
    await page.getByRole('tab', { name: 'TypeScript' }).click();
    await expect(page.getByTestId('request-preview')).toContainText('Template.create({');
    await page.getByRole('tab', { name: 'Python' }).click();
    await expect(page.getByTestId('request-preview')).toContainText('"sudo": True');

    const creates = watchTemplateCreates(page);
    await page.getByRole('button', { name: 'Create template' }).click();
    const id = await createdTemplateId(page);
    made.push(id);
    expect(creates).toHaveLength(1);
    expect(creates[0]?.headers()['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(creates[0]?.postDataJSON()).toEqual(expected);

    const template = await getTemplate(request, id);
    expect(template).toMatchObject({ name, vcpu: 2, memory_mib: 2048, disk_mib: 4096 });
    expect(template.build_spec).toMatchObject(expected.build_spec);
    // A created template's draft is gone: the form starts fresh.
    await openTemplateForm(page);
    await expect(nameInput(page)).toHaveValue('');
    await expect(page.getByTestId('form-notice')).toHaveCount(0);
  });

  test('from an imported Dockerfile: mapped lines become base and steps, the rest is listed by line', async ({
    page,
    request,
  }) => {
    const name = uniqueName('tpl-docker');
    const dockerfile = [
      'FROM python:3.11-slim',
      'ENV PIP_NO_CACHE_DIR=1 APP_HOME="/srv/app"',
      'ENV LEGACY_FORM some value',
      'RUN apt-get update && \\',
      '    apt-get install -y git',
      'COPY . /srv/app',
      'WORKDIR $APP_HOME',
      'EXPOSE 8000',
      'CMD ["python", "-m", "http.server", "8000"]',
    ].join('\n');
    await openTemplateForm(page);
    await nameInput(page).fill(name);
    await page.getByRole('button', { name: 'Import Dockerfile' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a Dockerfile' });
    await dialog.getByRole('textbox', { name: 'Dockerfile' }).fill(dockerfile);

    await expect(dialog.getByTestId('dockerfile-preview-from')).toHaveText('python:3.11-slim');
    await expect(dialog.getByTestId('dockerfile-preview-steps').getByRole('listitem')).toHaveText([
      /Line 2\s*ENV PIP_NO_CACHE_DIR=1/,
      /Line 2\s*ENV APP_HOME=\/srv\/app/,
      /Line 3\s*ENV LEGACY_FORM=some value/,
      /Line 4\s*RUN apt-get update && \\ \(\+1 more line\)/,
      /Line 7\s*WORKDIR \/srv\/app/,
    ]);
    await expect(dialog.getByRole('heading', { name: 'Not imported (2)' })).toBeVisible();
    const unmapped = dialog.getByTestId('dockerfile-unmapped').getByRole('listitem');
    await expect(unmapped).toHaveCount(2);
    await expect(unmapped.nth(0)).toContainText('Line 6');
    await expect(unmapped.nth(0)).toContainText('COPY . /srv/app');
    await expect(unmapped.nth(0)).toContainText('Not imported: the build has no access to your files');
    await expect(unmapped.nth(1)).toContainText('Line 8');
    await expect(unmapped.nth(1)).toContainText('EXPOSE 8000');
    await expect(dialog.getByRole('checkbox', { name: /Use as start command/ })).toBeChecked();
    await expectNoA11yViolations(page, { include: '[role="dialog"]' });
    await dialog.getByRole('button', { name: 'Apply to the form' }).click();
    await expect(dialog).toBeHidden();

    await expect(page.getByTestId('form-notice')).toContainText('Filled from the imported Dockerfile');
    await expect(page.getByTestId('form-notice')).toContainText('2 instructions were not');
    await expect(baseInput(page)).toHaveValue('python:3.11-slim');
    await expect(step(page, 4).getByRole('textbox', { name: 'Command' })).toHaveValue(
      'apt-get update && \\\n    apt-get install -y git',
    );
    const build_spec = {
      from: 'python:3.11-slim',
      steps: [
        { env: { key: 'PIP_NO_CACHE_DIR', value: '1' } },
        { env: { key: 'APP_HOME', value: '/srv/app' } },
        { env: { key: 'LEGACY_FORM', value: 'some value' } },
        { run: 'apt-get update && \\\n    apt-get install -y git' },
        { workdir: '/srv/app' },
      ],
      start_cmd: 'python -m http.server 8000',
    };
    await expectPreview(page, { name, vcpu: 1, memory_mib: 1024, disk_mib: 4096, build_spec });

    // Importing again over existing steps asks first, and "Keep my steps" keeps them.
    await page.getByRole('button', { name: 'Import Dockerfile' }).click();
    await dialog.getByRole('textbox', { name: 'Dockerfile' }).fill('FROM ubuntu:24.04\nRUN echo other');
    await dialog.getByRole('button', { name: 'Apply to the form' }).click();
    await expect(dialog.getByText('Replace the 5 steps in the form?')).toBeVisible();
    await dialog.getByRole('button', { name: 'Keep my steps' }).click();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(baseInput(page)).toHaveValue('python:3.11-slim');

    await page.getByRole('button', { name: 'Create template' }).click();
    const id = await createdTemplateId(page);
    made.push(id);
    expect((await getTemplate(request, id)).build_spec).toMatchObject(build_spec);
  });
});

test.describe('the steps editor', () => {
  async function threeSteps(page: Page) {
    await openTemplateForm(page);
    for (const command of ['echo one', 'echo two', 'echo three']) {
      await page.getByRole('button', { name: 'Add run step' }).click();
      await page.keyboard.type(command);
    }
  }
  const order = async (page: Page) => ((await previewBody(page)).build_spec.steps ?? []).map((s) => s.run);

  test('reorders with the keyboard alone: Tab to a handle, Alt+Arrow, focus follows the step', async ({
    page,
  }) => {
    await threeSteps(page);
    await expect.poll(() => order(page)).toEqual(['echo one', 'echo two', 'echo three']);

    // From the base image field, Tab forward to the first step's handle.
    await baseInput(page).focus();
    const handle1 = page.getByRole('button', { name: 'Reorder step 1 of 3' });
    for (let i = 0; i < 10 && !(await handle1.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(handle1).toBeFocused();
    await expect(handle1).toHaveAccessibleDescription(/Alt\+Arrow Up or Alt\+Arrow Down/);

    await page.keyboard.press('Alt+ArrowDown');
    await expect(page.getByRole('button', { name: 'Reorder step 2 of 3' })).toBeFocused();
    await expect(page.getByTestId('steps-announcement')).toHaveText(
      'Step 1, Run a command, moved to position 2 of 3.',
    );
    await expect.poll(() => order(page)).toEqual(['echo two', 'echo one', 'echo three']);

    await page.keyboard.press('Alt+ArrowDown');
    await expect(page.getByRole('button', { name: 'Reorder step 3 of 3' })).toBeFocused();
    await expect.poll(() => order(page)).toEqual(['echo two', 'echo three', 'echo one']);
    // Past the end nothing moves.
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => order(page)).toEqual(['echo two', 'echo three', 'echo one']);

    await page.keyboard.press('Alt+ArrowUp');
    await expect(page.getByRole('button', { name: 'Reorder step 2 of 3' })).toBeFocused();
    await expect.poll(() => order(page)).toEqual(['echo two', 'echo one', 'echo three']);

    // The move buttons do the same, from the keyboard too.
    await step(page, 3).getByRole('button', { name: 'Move step 3 up' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => order(page)).toEqual(['echo two', 'echo three', 'echo one']);
    await expect(page.getByRole('button', { name: 'Reorder step 2 of 3' })).toBeFocused();

    // Removing a step keeps focus in the list, on its neighbour.
    await step(page, 1).getByRole('button', { name: 'Remove step 1' }).click();
    await expect(page.getByRole('button', { name: 'Reorder step 1 of 2' })).toBeFocused();
    await expect.poll(() => order(page)).toEqual(['echo three', 'echo one']);
  });

  /** Drags a step by its handle onto another step, moving the mouse in small steps as a hand does. */
  async function dragStep(page: Page, handleName: string, targetIndex: number) {
    const handle = await page.getByRole('button', { name: handleName }).boundingBox();
    const target = await page.getByTestId('build-step').nth(targetIndex).boundingBox();
    if (!handle || !target) throw new Error('the handle or the target step is not on screen');
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(handle.x + handle.width / 2 + 10, handle.y + handle.height / 2 + 10, { steps: 3 });
    await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 8 });
    await page.mouse.up();
  }

  test('reorders by dragging a step by its handle', async ({ page }) => {
    await threeSteps(page);
    await dragStep(page, 'Reorder step 1 of 3', 2);
    await expect.poll(() => order(page)).toEqual(['echo two', 'echo three', 'echo one']);
    await expect(page.getByTestId('steps-announcement')).toHaveText(
      'Step 1, Run a command, moved to position 3 of 3.',
    );
    await dragStep(page, 'Reorder step 3 of 3', 0);
    await expect.poll(() => order(page)).toEqual(['echo one', 'echo two', 'echo three']);
    // Dragging is only from the handle: the steps' text stays selectable.
    await expect(page.getByTestId('build-step').nth(0)).toHaveAttribute('draggable', 'false');
  });
});

test.describe('field errors', () => {
  test('the form refuses a forbidden base, a bad name and a bad step, each where it is', async ({ page }) => {
    await openTemplateForm(page);
    await baseInput(page).fill('node:22-Alpine');
    // Refused as typed, without leaving the field.
    await expect(baseInput(page)).toHaveAttribute('aria-invalid', 'true');
    await expect(baseInput(page)).toHaveAccessibleDescription(/is based on alpine, which is not supported/);
    await baseInput(page).fill('gcr.io/distroless/base');
    await expect(baseInput(page)).toHaveAccessibleDescription(/distroless/);
    await baseInput(page).fill('node:22-slim');
    await expect(baseInput(page)).not.toHaveAttribute('aria-invalid', 'true');

    await nameInput(page).fill('Not A Valid Name');
    await nameInput(page).blur();
    await expect(nameInput(page)).toHaveAccessibleDescription(/lowercase letters, digits/);

    await page.getByRole('button', { name: 'Add run step' }).click();
    await page.keyboard.type('echo ok');
    await page.getByRole('button', { name: 'Add user step' }).click();
    await page.keyboard.type('Root!');
    await page.getByRole('textbox', { name: 'vCPU' }).fill('9');
    // Leaving a step's field checks that step, as leaving any field does.
    await expect(step(page, 2).getByRole('textbox', { name: 'User name' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );

    const creates = watchTemplateCreates(page);
    await page.getByRole('button', { name: 'Create template' }).click();
    // The user name's problem is on step 2, not on the list or step 1.
    const userName = step(page, 2).getByRole('textbox', { name: 'User name' });
    await expect(userName).toHaveAttribute('aria-invalid', 'true');
    await expect(userName).toHaveAccessibleDescription(/user name "Root!" is not valid/);
    await expect(step(page, 1).getByRole('textbox', { name: 'Command' })).not.toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expect(page.getByRole('textbox', { name: 'vCPU' })).toHaveAccessibleDescription(
      /vCPU must be from 1 to 4/,
    );
    // Focus goes to the first problem on the page.
    await expect(nameInput(page)).toBeFocused();
    expect(creates).toHaveLength(0);

    // Fixing the step clears its message as it is typed.
    await userName.fill('app');
    await expect(userName).not.toHaveAttribute('aria-invalid', 'true');
  });

  test('a duplicate name comes back from the API as an error on the name', async ({ page, request }) => {
    const name = uniqueName('tpl-dup');
    const existing = await createTemplate(request, { name, build_spec: { from: 'ubuntu:24.04' } });
    made.push(existing.id);
    await openTemplateForm(page);
    await nameInput(page).fill(name);
    await baseInput(page).fill('ubuntu:24.04');
    await page.getByRole('button', { name: 'Create template' }).click();
    await expect(nameInput(page)).toHaveAccessibleDescription(/already has a template with this name/);
    await expect(nameInput(page)).toBeFocused();
    await expect(page.getByTestId('submit-banner')).toContainText('A template with this name already exists');
    await expect(page).toHaveURL(/\/templates\/new$/);
  });
});

test('after a refusal the values stay, the caps are banners, a step error lands on its step', async ({
  page,
}) => {
  const name = uniqueName('tpl-refused');
  await openTemplateForm(page);
  await nameInput(page).fill(name);
  await baseInput(page).fill('ubuntu:24.04');
  await page.getByRole('button', { name: 'Add user step' }).click();
  await page.keyboard.type('app');
  let answer: { status: number; body: unknown } | undefined;
  await page.route('**/api/templates', (route) =>
    route.request().method() === 'POST' && answer
      ? route.fulfill({
          status: answer.status,
          contentType: 'application/json',
          body: JSON.stringify(answer.body),
        })
      : route.fallback(),
  );
  const creates = watchTemplateCreates(page);
  const create = () => page.getByRole('button', { name: 'Create template' }).click();
  const banner = page.getByTestId('submit-banner');

  answer = { status: 429, body: { error: { code: 'too_many_templates', message: 'limit of 10 templates' } } };
  await create();
  await expect(banner).toContainText('Your team has reached its template limit');
  await expect(banner.getByRole('link', { name: 'Open templates' })).toHaveAttribute('href', '/templates');
  await expect(banner).toBeFocused();

  answer = { status: 429, body: { error: { code: 'too_many_builds', message: '5 builds in progress' } } };
  await create();
  await expect(banner).toContainText('Too many builds are running');

  answer = {
    status: 400,
    body: {
      error: {
        code: 'bad_request',
        message: 'invalid',
        fields: [{ path: 'build_spec.steps.0.user.name', message: 'the API refuses this user' }],
      },
    },
  };
  await create();
  const userName = step(page, 1).getByRole('textbox', { name: 'User name' });
  await expect(userName).toHaveAccessibleDescription(/the API refuses this user/);
  await expect(userName).toBeFocused();

  answer = { status: 500, body: { error: { code: 'internal_error', message: 'database unavailable' } } };
  await create();
  await expect(banner).toContainText('never creates a second template');
  await expect(nameInput(page)).toHaveValue(name);
  await expect(userName).toHaveValue('app');

  answer = undefined;
  await create();
  made.push(await createdTemplateId(page));
  const keys = creates.map((request) => request.headers()['idempotency-key']);
  expect(keys).toHaveLength(5);
  // A refusal created nothing, so the next attempt gets a new key; a retry after a 500 reuses its key.
  expect(new Set(keys.slice(0, 4)).size).toBe(4);
  expect(keys[4]).toBe(keys[3]);
});

test('the draft survives a reload, and can be discarded', async ({ page }) => {
  const name = uniqueName('tpl-draft');
  await openTemplateForm(page);
  await nameInput(page).fill(name);
  await baseInput(page).fill('ubuntu:24.04');
  await page.getByRole('button', { name: 'Add user step' }).click();
  await page.keyboard.type('builder');
  await step(page, 1).getByRole('checkbox', { name: 'Allow sudo' }).check();
  await expect
    .poll(() => page.evaluate(() => sessionStorage.getItem('sandbox-console:template-draft:v1') ?? ''))
    .toContain('builder');

  await page.reload();
  await expect(page.getByTestId('form-notice')).toContainText('Restored your unsaved draft');
  await expect(nameInput(page)).toHaveValue(name);
  await expect(baseInput(page)).toHaveValue('ubuntu:24.04');
  await expect(step(page, 1).getByRole('textbox', { name: 'User name' })).toHaveValue('builder');
  await expect(step(page, 1).getByRole('checkbox', { name: 'Allow sudo' })).toBeChecked();

  await page.getByRole('button', { name: 'Discard draft' }).click();
  await expect(nameInput(page)).toHaveValue('');
  await expect(page.getByTestId('build-step')).toHaveCount(0);
  await page.reload();
  await expect(nameInput(page)).toHaveValue('');
  await expect(page.getByTestId('form-notice')).toHaveCount(0);
});

test.describe('clone', () => {
  test('?from=<name> prefills everything but the name, which gets a suggestion', async ({
    page,
    request,
  }) => {
    const name = uniqueName('tpl-src');
    const source = await createTemplate(request, {
      name,
      vcpu: 2,
      memory_mib: 2048,
      disk_mib: 8192,
      build_spec: {
        from: 'node:22-slim',
        steps: [{ workdir: '/srv' }, { run: 'npm i -g serve' }],
        ready_cmd: 'true',
      },
    });
    made.push(source.id);
    await openTemplateForm(page, `?from=${encodeURIComponent(name)}`);
    await expect(page.getByTestId('form-notice')).toContainText(`Cloning ${name}`);
    await expect(nameInput(page)).toHaveValue(`${name}-copy`);
    await expect(page.getByRole('textbox', { name: 'vCPU' })).toHaveValue('2');
    await expect(page.getByRole('textbox', { name: 'Disk (MiB)' })).toHaveValue('8192');
    await expect(baseInput(page)).toHaveValue('node:22-slim');
    await expect(step(page, 1).getByRole('textbox', { name: 'Directory' })).toHaveValue('/srv');
    await expect(step(page, 2).getByRole('textbox', { name: 'Command' })).toHaveValue('npm i -g serve');
    await expectPreview(page, {
      name: `${name}-copy`,
      vcpu: 2,
      memory_mib: 2048,
      disk_mib: 8192,
      build_spec: {
        from: 'node:22-slim',
        steps: [{ workdir: '/srv' }, { run: 'npm i -g serve' }],
        ready_cmd: 'true',
      },
    });
  });

  test('an unknown template says so and offers a fresh form', async ({ page }) => {
    await page.goto('/templates/new?from=no-such-template-e2e');
    await expect(page.getByText('The template to clone was not found')).toBeVisible({ timeout: 20_000 });
    await page.getByRole('link', { name: 'Start from scratch' }).click();
    await expect(page).toHaveURL(/\/templates\/new$/);
    await expect(page.getByRole('button', { name: 'Create template' })).toBeVisible();
  });
});

test('has no axe violations, with steps of every kind and an error showing', async ({ page }) => {
  await openTemplateForm(page);
  for (const kind of ['run', 'env', 'workdir', 'user']) {
    await page.getByRole('button', { name: `Add ${kind} step` }).click();
  }
  await baseInput(page).fill('alpine:3');
  await expect(baseInput(page)).toHaveAttribute('aria-invalid', 'true');
  await expectNoA11yViolations(page);
});

test.describe('as a viewer', () => {
  test.use({ storageState: stateOf('viewer') });

  test('/templates/new explains instead of showing a form', async ({ page }) => {
    await page.goto('/templates/new');
    await expect(page.getByRole('heading', { level: 1, name: 'You can’t create templates' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Create template' })).toHaveCount(0);
  });
});
