import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import pg from 'pg';

import { freePort } from '../scripts/lib/app-server';
import { copyStandalone, standaloneLayout, type StandaloneLayout } from '../scripts/lib/standalone';
import { startStandalone, type StandaloneServer } from '../scripts/lib/standalone-server';
import { buildCopies, parseDockerfile } from '../scripts/lib/dockerfile';
import { ACCOUNTS, SIGNED_OUT } from './accounts';
import { startOtlpReceiver } from './otlp-receiver';
import { SEEDED_SANDBOX_NAMES } from './seeded';
import { expect, test } from './fixtures';

/**
 * The one artefact a deployment ships: `<distDir>/standalone` from the build `npm test` made, copied OUTSIDE the
 * project (a folder inside it would find any package it lacks in the project's node_modules, up the tree, and
 * hide the gap) and started as `node server.js`, as the Docker image does. Against PostgreSQL in local mode, and
 * in remote mode against the standalone embedded API (`npm run emulator`, bundled into the copy as emulator.mjs)
 * with the dashboard's own database on SQLite (better-sqlite3's native module from the copy). Playwright rather than Vitest: it runs after `npm test`'s build, and signing in through
 * the page proves the browser's assets (copied in by the postbuild step) are served.
 */
const serverUrl = process.env.TEST_DATABASE_URL;
const distDir = process.env.NEXT_DIST_DIR || '.next';
const admin = ACCOUNTS.admin;
const run = promisify(execFile);
/** What Node says when a module the trace left out is loaded, even where the server catches it and goes on. */
const MISSING_MODULE = /Cannot find module|ERR_MODULE_NOT_FOUND|MODULE_NOT_FOUND/;

test.use({ storageState: SIGNED_OUT });
test.describe.configure({ timeout: 120_000 });

let workDir = '';
let copy: StandaloneLayout;
const stops: Array<() => Promise<void> | void> = [];

test.beforeAll(() => {
  workDir = mkdtempSync(path.join(tmpdir(), 'console-standalone-'));
  copy = copyStandalone(distDir, path.join(workDir, 'app'));
});

test.afterAll(async () => {
  for (const stop of stops.reverse()) await stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** Every folder above `dir`: none may hold a node_modules, or Node would resolve what the copy lacks from it. */
function ancestors(dir: string): string[] {
  const parent = path.dirname(dir);
  return parent === dir ? [] : [parent, ...ancestors(parent)];
}

function symlinksLeavingFolder(root: string): string[] {
  const realRoot = realpathSync(root);
  return readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isSymbolicLink())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((link) => !existsSync(link) || !realpathSync(link).startsWith(realRoot + path.sep));
}

async function signInThroughUi(page: import('@playwright/test').Page, base: string) {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('Email').fill(admin.email);
  await page.getByLabel('Password').fill(admin.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(`${base}/sandboxes`);
}

async function start(env: Record<string, string>): Promise<StandaloneServer> {
  const server = await startStandalone({ root: copy.root, port: await freePort(), env });
  stops.push(server.stop);
  return server;
}

test('the copy is self-contained: outside any node_modules tree, no link out, assets and users CLI in it', () => {
  for (const dir of ancestors(copy.root)) {
    expect(existsSync(path.join(dir, 'node_modules')), `${dir}/node_modules`).toBe(false);
  }
  expect(symlinksLeavingFolder(copy.root)).toEqual([]);
  for (const file of [copy.server, copy.static, copy.usersCli, copy.emulator])
    expect(existsSync(file), file).toBe(true);
  // The native module a SQLite database needs is in the copy, not only in the project.
  expect(
    existsSync(path.join(copy.root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node')),
  ).toBe(true);
});

test('every file the Dockerfile copies from its build stage exists after `npm run build`', () => {
  const copies = buildCopies(parseDockerfile(readFileSync('Dockerfile', 'utf8')));
  expect(copies.length).toBeGreaterThan(0);
  for (const source of copies) {
    // The image builds into .next; `npm test` may build elsewhere (NEXT_DIST_DIR).
    const local = source.replace(/^\/app\//, '').replace(/^\.next(?=\/|$)/, distDir);
    expect(existsSync(local), `COPY --from=build ${source} (here ${local})`).toBe(true);
  }
  expect(standaloneLayout(distDir).root).toBe(path.join(distDir, 'standalone'));
});

test('local mode on PostgreSQL: sign in, the list, /api and the users CLI from the copy', async ({
  page,
}) => {
  if (!serverUrl) {
    test.skip(!process.env.CI, 'needs PostgreSQL: `npm test` starts one where it is installed');
    throw new Error('TEST_DATABASE_URL is not set: CI must run this spec on PostgreSQL');
  }
  const database = `console_standalone_${randomBytes(5).toString('hex')}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${database}`);
  await client.end();
  stops.push(async () => {
    const dropper = new pg.Client({ connectionString: serverUrl });
    await dropper.connect();
    await dropper.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await dropper.end();
  });
  const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${database}` }).toString();
  const dataDir = path.join(workDir, 'local-data');
  const env = {
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    CONSOLE_ADMIN_EMAIL: admin.email,
    CONSOLE_ADMIN_PASSWORD: admin.password,
  };
  const server = await start(env);

  await signInThroughUi(page, server.url);
  for (const name of SEEDED_SANDBOX_NAMES.slice(0, 3)) {
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  }
  const listed = await page.request.get(`${server.url}/api/sandboxes`);
  expect(listed.status()).toBe(200);
  expect(((await listed.json()) as Array<{ name: string }>).map((s) => s.name)).toEqual(
    expect.arrayContaining([...SEEDED_SANDBOX_NAMES]),
  );

  // The users CLI bundled into the copy, on the same database the server uses (as `docker exec` would run it).
  const { stdout } = await run(process.execPath, [copy.usersCli, 'list'], {
    cwd: copy.root,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', ...env },
  });
  expect(stdout).toContain(admin.email);
  expect(server.output()).not.toMatch(MISSING_MODULE);
});

/**
 * The standalone embedded API a remote-mode dashboard talks to: `npm run emulator` as the image ships it (bundled
 * into the copy as emulator.mjs, run by plain node), on a free port.
 */
async function startEmulator(apiKey: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [copy.emulator], {
    cwd: copy.root,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      EMULATOR_PORT: String(port),
      EMULATOR_API_KEY: apiKey,
      DATA_DIR: path.join(workDir, 'emulator-data'),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  stops.push(() => void child.kill());
  const url = `http://127.0.0.1:${port}`;
  await expect
    .poll(
      async () =>
        (await fetch(`${url}/sandboxes`, { headers: { 'x-api-key': apiKey } }).catch(() => null))?.status,
      { timeout: 30_000, intervals: [100] },
    )
    .toBe(200);
  return { url, child };
}

test('remote mode against the standalone embedded API: sign in, its sandboxes, a create that reaches it', async ({
  page,
}) => {
  const apiKey = `standalone-${randomBytes(8).toString('hex')}`;
  const emulator = await startEmulator(apiKey);
  // Tracing on: the SDK and the exporter are loaded by dynamic import only then, so this proves the trace of the
  // standalone folder has them (a package it missed would break the start), and that spans leave the copy.
  const receiver = await startOtlpReceiver();
  stops.push(() => new Promise<void>((resolve) => receiver.server.close(() => resolve())));
  const server = await start({
    DATA_DIR: path.join(workDir, 'remote-data'),
    SUPERSERVE_API_URL: emulator.url,
    SUPERSERVE_API_KEY: apiKey,
    CONSOLE_SECRET: randomBytes(32).toString('base64'),
    CONSOLE_ADMIN_EMAIL: admin.email,
    CONSOLE_ADMIN_PASSWORD: admin.password,
    OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
    OTEL_BSP_SCHEDULE_DELAY: '100',
  });

  await signInThroughUi(page, server.url);
  for (const name of SEEDED_SANDBOX_NAMES.slice(0, 3)) {
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  }
  // The dashboard's own database is SQLite here: better-sqlite3's native module, loaded from the copy.
  expect(existsSync(path.join(workDir, 'remote-data', 'console.db'))).toBe(true);

  const name = `standalone-${Date.now().toString(36)}`;
  const created = await page.request.post(`${server.url}/api/sandboxes`, {
    headers: { origin: server.url },
    data: { name },
  });
  expect(created.status(), await created.text()).toBe(201);
  const upstream = await fetch(`${emulator.url}/sandboxes`, { headers: { 'x-api-key': apiKey } });
  expect(((await upstream.json()) as Array<{ name: string }>).map((s) => s.name)).toContain(name);
  await expect
    .poll(() => receiver.spans.map((span) => span.name), { timeout: 15_000 })
    .toContain('POST /sandboxes');
  expect(server.output()).not.toContain(apiKey);
  expect(server.output()).not.toMatch(MISSING_MODULE);
});

test('`npm start` serves the same standalone build, with -p/-H and DATA_DIR relative to the project', async () => {
  const port = await freePort();
  const dataDir = path.join(workDir, 'npm-start-data');
  const child = spawn(process.execPath, ['scripts/start.mjs', '-p', String(port), '-H', '127.0.0.1'], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      NEXT_DIST_DIR: distDir,
      NEXT_TELEMETRY_DISABLED: '1',
      // Relative, as in a .env file: the project folder is what it is relative to, not server.js's folder.
      DATA_DIR: path.relative(process.cwd(), dataDir),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  stops.push(() => void child.kill());
  await expect
    .poll(async () => (await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null))?.status, {
      timeout: 30_000,
      intervals: [100],
    })
    .toBe(200);
  expect(existsSync(path.join(dataDir, 'console.db'))).toBe(true);
  // server.js, not `next start` (which warns that it does not suit a standalone build).
  expect(errors).not.toContain('next start');
});
