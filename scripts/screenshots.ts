/**
 * `npm run screenshots`: the README's pictures, taken from the production build on a fresh, seeded embedded API.
 *
 *   npm run build && npm run screenshots      # writes docs/sandboxes.png, docs/create-sandbox.png,
 *                                             # docs/sandbox-detail.png, docs/sandbox-detail-dark.png,
 *                                             # docs/template-build.png
 *                                             # (NEXT_DIST_DIR is honoured)
 *   npm run screenshots -- template-build     # only the pictures named
 *
 * Kept as a script so the pictures can be retaken whenever a screen changes, instead of drifting from it.
 */
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { withBrowserApp } from './lib/app-server';

const OUT = 'docs';
/** The first seeded sandbox: active, with metadata and network rules. */
const DEMO_SANDBOX = '5eed0000-0000-4000-8000-000000000001';
/** The app asks everyone to sign in: the pictures are taken as its first admin. */
const ADMIN = { email: 'admin@example.com', password: 'screenshots-admin-password' };

async function list(page: Page, base: string) {
  await page.goto(`${base}/sandboxes`);
  await expect(page.getByRole('table', { name: 'Sandboxes', exact: true })).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: path.join(OUT, 'sandboxes.png') });
}

/** docs/overview.png: the overview at `/`, pointing at today's bar of the creations chart. */
async function overview(page: Page, base: string) {
  await page.goto(`${base}/`);
  const chart = page.getByRole('slider', { name: 'Sandboxes created per day' });
  await expect(chart).toBeVisible({ timeout: 30_000 });
  // Today's bar, with its tooltip: what a person sees first when pointing at the chart.
  const plot = await chart.locator('.u-over').boundingBox();
  if (!plot) throw new Error('the chart has no plot area');
  await page.mouse.move(plot.x + (plot.width * 13) / 14, plot.y + plot.height / 2);
  await expect(page.getByTestId('chart-tooltip')).toBeVisible();
  await page.screenshot({ path: path.join(OUT, 'overview.png'), fullPage: true });
}

async function createForm(page: Page, base: string) {
  await page.goto(`${base}/sandboxes/new?template=superserve/python-3.11`);
  await expect(page.getByTestId('template-hint')).toContainText('inherits', { timeout: 30_000 });
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('eval-run-0412');
  const metadata = page.getByRole('group', { name: 'Metadata', exact: true });
  for (const [key, value] of [
    ['env', 'staging'],
    ['owner', 'evals'],
  ]) {
    await metadata.getByRole('button', { name: 'Add tag' }).click();
    const row = metadata.getByRole('listitem').last();
    await row
      .locator('input, textarea')
      .nth(0)
      .fill(key as string);
    await row
      .locator('input, textarea')
      .nth(1)
      .fill(value as string);
  }
  const allowed = page.getByRole('group', { name: 'Allowed destinations', exact: true });
  for (const rule of ['api.openai.com', '*.pypi.org']) {
    await allowed.getByRole('button', { name: 'Add destination' }).click();
    await allowed.getByRole('listitem').last().getByRole('textbox').fill(rule);
  }
  await page.getByRole('button', { name: 'Block everything else' }).click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).focus();
  await page.screenshot({ path: path.join(OUT, 'create-sandbox.png'), fullPage: true });
}

/** The demo sandbox's page with a command's output in its console. */
async function detailWithOutput(page: Page, base: string, command: string) {
  await page.goto(`${base}/sandboxes/${DEMO_SANDBOX}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
  const consolePanel = page.getByRole('region', { name: 'Console' });
  await consolePanel.getByRole('textbox', { name: 'Command' }).fill(command);
  await consolePanel.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(consolePanel.getByTestId('exec-exit')).toBeVisible({ timeout: 15_000 });
  await page.mouse.move(0, 0);
}

async function detail(page: Page, base: string) {
  await detailWithOutput(page, base, 'python3 --version; echo "hello from $USER"');
  await page.screenshot({ path: path.join(OUT, 'sandbox-detail.png'), fullPage: true });
}

/**
 * The same page in the dark theme, as the system's (nothing chosen): what a dark projector shows. Emulated for
 * this picture only, so the others stay light.
 */
async function detailDark(page: Page, base: string) {
  await page.emulateMedia({ colorScheme: 'dark' });
  try {
    await detailWithOutput(page, base, 'ls /home/user; echo "no such file" >&2');
    await expect(page.locator('html')).toHaveClass(/(^|\s)dark(\s|$)/);
    await page.screenshot({ path: path.join(OUT, 'sandbox-detail-dark.png') });
  } finally {
    await page.emulateMedia({ colorScheme: 'light' });
  }
}

/** Packages a pip install would print, for a believable build log. */
const PACKAGES = ['fastapi', 'uvicorn', 'pydantic', 'httpx', 'numpy', 'pandas', 'sqlalchemy', 'alembic'];

/** A template's page while its build streams: the log following the end, lines still arriving. */
async function templateBuild(page: Page, base: string) {
  const pip = (verb: string) => `printf '${verb} %s\\n' ${PACKAGES.join(' ')}`;
  const created = await page.request.post(`${base}/api/templates`, {
    headers: { origin: base },
    data: {
      name: 'acme/api-server',
      vcpu: 2,
      memory_mib: 2048,
      build_spec: {
        from: 'python:3.11',
        steps: [
          { env: { key: 'PIP_NO_CACHE_DIR', value: '1' } },
          { workdir: '/srv/app' },
          { run: `${pip('Collecting')}; sleep 1; ${pip('Downloading')}; sleep 1` },
          { run: 'echo "WARNING: Running pip as the root user" >&2; sleep 1' },
          { run: `${pip('Successfully installed')}; sleep 8` },
        ],
        start_cmd: 'uvicorn main:app --port 8080',
        ready_cmd: 'curl -sf localhost:8080/health',
      },
    },
  });
  if (created.status() !== 202) throw new Error(`create: ${created.status()} ${await created.text()}`);
  const { id } = (await created.json()) as { id: string };
  await page.goto(`${base}/templates/${id}`);
  const log = page.getByRole('region', { name: 'Build log' });
  await expect(log.getByText('Successfully installed alembic', { exact: true })).toBeVisible({
    timeout: 30_000,
  });
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(OUT, 'template-build.png'), fullPage: true });
}

const SHOTS = {
  overview,
  sandboxes: list,
  'create-sandbox': createForm,
  'sandbox-detail': detail,
  'sandbox-detail-dark': detailDark,
  'template-build': templateBuild,
};

async function main() {
  const only = process.argv.slice(2).filter((name) => name in SHOTS);
  const shots = only.length ? only : Object.keys(SHOTS);
  await withBrowserApp(
    {
      name: 'screenshots',
      env: (port) => ({
        CONSOLE_ADMIN_EMAIL: ADMIN.email,
        CONSOLE_ADMIN_PASSWORD: ADMIN.password,
        CONSOLE_URL: `http://127.0.0.1:${port}`,
      }),
    },
    async ({ base, browser }) => {
      const page = await browser.newPage({
        viewport: { width: 1280, height: 800 },
        deviceScaleFactor: 1.5, // sharp on most screens, at half the bytes of 2×
        colorScheme: 'light',
        reducedMotion: 'reduce',
      });
      const signIn = await page.request.post(`${base}/api/auth/sign-in/email`, {
        headers: { origin: base },
        data: ADMIN,
      });
      if (!signIn.ok()) throw new Error(`sign-in: ${signIn.status()} ${await signIn.text()}`);
      for (const name of shots) await SHOTS[name as keyof typeof SHOTS](page, base);
      console.log(`Wrote ${shots.map((name) => `${OUT}/${name}.png`).join(', ')}.`);
    },
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
