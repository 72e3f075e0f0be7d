import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import Database from 'better-sqlite3';
import pg from 'pg';

import { RESTARTING_MESSAGE } from '@/lib/contract/restarting';
import { INTERRUPTED_MESSAGE } from '@/lib/detail/exec-session';

import { freePort, signIn, signInContext, startApp } from '../scripts/lib/app-server';
import { copyStandalone } from '../scripts/lib/standalone';
import { startStandalone } from '../scripts/lib/standalone-server';
import { SIGNED_OUT } from './accounts';
import { expect, test } from './fixtures';

/**
 * SIGTERM on a dashboard that is busy: its own `next start` (SIGTERM-ing the shared e2e server would break the
 * other specs), on PostgreSQL when TEST_DATABASE_URL names one (as CI does), else on SQLite. One drain is watched
 * from every side at once: an API client's event stream, a request that finishes during the drain, one that
 * never would, a new connection, the browser's console, the exit code, and the audit log read after the exit.
 */
test.use({ storageState: SIGNED_OUT });
test.describe.configure({ timeout: 120_000 });

const GRACE_MS = 4_000;
const admin = { email: 'drain-admin@e2e.test', password: 'drain-admin-password' };
const serverUrl = process.env.TEST_DATABASE_URL;

let database = '';
let dataDir = '';
const children: ChildProcess[] = [];

test.afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  if (!serverUrl || !database) return;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await client.end();
});

type AuditRow = { action: string; outcome: string; status: number | null; request_id: string | null };

/** The exec records of the audit log, read straight from the database (the server is gone by then). */
async function execRecords(databaseUrl: string | undefined): Promise<AuditRow[]> {
  const query =
    "SELECT action, outcome, status, request_id FROM audit_event WHERE action = 'sandbox.exec' ORDER BY at";
  if (databaseUrl) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const { rows } = await client.query<AuditRow>(query);
    await client.end();
    return rows;
  }
  const sqlite = new Database(path.join(dataDir, 'console.db'), { readonly: true });
  try {
    return sqlite.prepare(query).all() as AuditRow[];
  } finally {
    sqlite.close();
  }
}

/** Whether a TCP connection to `port` is refused (true) or accepted (false). */
function refused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

test('SIGTERM drains: streams end with the restarting event, requests finish or are cut at the grace period, nothing is lost from the audit log, exit 0', async ({
  browser,
}) => {
  let databaseUrl: string | undefined;
  if (serverUrl) {
    database = `console_drain_${randomBytes(5).toString('hex')}`;
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(`CREATE DATABASE ${database}`);
    await client.end();
    databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${database}` }).toString();
  }
  dataDir = mkdtempSync(path.join(tmpdir(), 'console-drain-'));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const env = {
    CONSOLE_ADMIN_EMAIL: admin.email,
    CONSOLE_ADMIN_PASSWORD: admin.password,
    CONSOLE_URL: origin,
    SHUTDOWN_GRACE_MS: String(GRACE_MS),
    // A template build that is still streaming its log when the signal comes.
    EMULATOR_BUILD_STEP_MS: '3000',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  };
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  const server = await startApp({ port, distDir, dataDir, env });
  children.push(server);
  const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));

  // Ready: both checks answer, and nothing about the configuration is said.
  const ready = await fetch(`${origin}/api/ready`);
  expect(ready.status).toBe(200);
  expect(ready.headers.get('cache-control')).toBe('no-store');
  expect(await ready.json()).toEqual({ status: 'ready', checks: { database: 'ok', upstream: 'ok' } });

  const cookie = await signIn(origin, admin);
  const headers = { cookie, origin, 'content-type': 'application/json' };
  const created = await fetch(`${origin}/api/sandboxes`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ name: 'drain-test' }),
  });
  expect(created.status).toBe(201);
  const { id } = (await created.json()) as { id: string };
  await expect
    .poll(
      async () =>
        ((await (await fetch(`${origin}/api/sandboxes/${id}`, { headers })).json()) as { status: string })
          .status,
    )
    .toBe('active');

  const audited = async () => (await execRecords(databaseUrl)).length;
  const exec = (command: string, stream = false) =>
    fetch(`${origin}/api/sandboxes/${id}/exec${stream ? '/stream' : ''}`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ command, timeout_s: 600 }),
    });

  // 1. The browser's console runs a command that streams over time.
  const context = await browser.newContext();
  await signInContext(context, origin, admin);
  const page = await context.newPage();
  await page.goto(`${origin}/sandboxes/${id}`);
  // As openSandbox (detail-helpers) waits: the page has loaded its data and hydrated, so Run is wired up.
  await expect(page.getByRole('heading', { level: 1, name: 'drain-test' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('connect-snippet')).toContainText(`${origin}/emulator`, { timeout: 20_000 });
  const panel = page.getByRole('region', { name: 'Console' });
  const command = panel.getByRole('textbox', { name: 'Command' });
  await command.fill('echo tick; sleep 60; echo never');
  await panel.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(panel.getByTestId('exec-output')).toHaveText('tick\n');
  await command.fill('echo typed while it ran');

  // The template page follows a build's log as it streams.
  const template = await fetch(`${origin}/api/templates`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ name: 'drain-template', build_spec: { from: 'python:3.11' } }),
  });
  expect(template.status).toBe(202);
  const buildPage = await context.newPage();
  await buildPage.goto(`${origin}/templates/${((await template.json()) as { id: string }).id}`);
  const buildSummary = buildPage.getByTestId('build-log-summary');
  await expect(buildSummary).toHaveText('Streaming', { timeout: 20_000 });

  // 2. An API client streams another; 3. a request that ends during the drain; 4. one that never ends. Each one
  // is in the server's hands once its audit record (written before it is forwarded) is in the database.
  const streamed = await exec('echo one; sleep 60; echo never', true);
  expect(streamed.status).toBe(200);
  const reader = streamed.body!.getReader();
  let text = '';
  while (!text.includes('one')) text += new TextDecoder().decode((await reader.read()).value);
  const finishing = exec('sleep 1; echo finished');
  await expect.poll(audited).toBe(3);
  const endless = exec('sleep 600').then(
    (response) => `answered ${response.status}`,
    (error: Error) => `failed: ${error.message}`,
  );
  await expect.poll(audited).toBe(4);

  const signalled = Date.now();
  server.kill('SIGTERM');

  // The stream gets the restarting event and a clean end (no reset, no error).
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    text += new TextDecoder().decode(value);
  }
  expect(text).toContain('event: restarting\n');
  expect(text).toContain(RESTARTING_MESSAGE);
  expect(text).not.toContain('never');

  // A new connection is refused while the drain goes on …
  await expect.poll(() => refused(port)).toBe(true);
  expect(server.exitCode).toBeNull();
  // … and the request in flight finishes.
  const finished = await finishing;
  expect(finished.status).toBe(200);
  expect(await finished.json()).toMatchObject({ stdout: 'finished\n', exit_code: 0 });

  // The browser's console says what happened, in words, and keeps what was typed.
  await expect(panel.getByTestId('exec-exit')).toHaveText('Interrupted');
  await expect(panel.getByTestId('exec-error')).toHaveText(INTERRUPTED_MESSAGE);
  await expect(panel.getByTestId('console-server-state')).toHaveText(RESTARTING_MESSAGE);
  await expect(panel.getByRole('button', { name: 'Run', exact: true })).toBeDisabled();
  await expect(command).toHaveValue('echo typed while it ran');
  await expect(command).toBeEditable();

  // The build log says the same, and waits to reconnect.
  await expect(buildSummary).toHaveText(RESTARTING_MESSAGE);

  // The request that never ends is cut at the grace period, and the process exits 0 soon after.
  expect(await exited).toBe(0);
  const took = Date.now() - signalled;
  expect(took).toBeGreaterThanOrEqual(GRACE_MS - 200);
  expect(took).toBeLessThan(GRACE_MS + 3_000);
  expect(await endless).toMatch(/^failed: /);

  // Every exec is in the audit log with its outcome: the two streams and the finished one as answered (200, the
  // stream's answer is its start), the cut one as 499 (the client was gone), none left "unknown".
  const records = await execRecords(databaseUrl);
  expect(records.map((record) => [record.outcome, record.status])).toEqual([
    ['success', 200],
    ['success', 200],
    ['success', 200],
    ['failure', 499],
  ]);

  // The console comes back once the dashboard answers again: a new instance on the same database and port.
  const again = await startApp({ port, distDir, dataDir, env });
  children.push(again);
  await expect(panel.getByTestId('console-server-state')).toHaveText(
    'The dashboard is back. You can run the command again.',
    { timeout: 15_000 },
  );
  await expect(panel.getByRole('button', { name: 'Run', exact: true })).toBeEnabled();
  await expect(command).toHaveValue('echo typed while it ran');
  // The build log has reconnected on its own.
  await expect(buildSummary).toHaveText(/^(Streaming|Finished: .+)$/, { timeout: 15_000 });
  await context.close();
});

test('ready names the upstream as failed, and nothing else, when the remote API does not answer', async () => {
  const port = await freePort();
  const closed = await freePort(); // nothing listens there
  const dir = mkdtempSync(path.join(tmpdir(), 'console-ready-'));
  const child = await startApp({
    port,
    dataDir: dir,
    distDir: process.env.NEXT_DIST_DIR || '.next',
    env: {
      SUPERSERVE_API_KEY: 'ss-live-test-key',
      SUPERSERVE_API_URL: `http://127.0.0.1:${closed}`,
      CONSOLE_SECRET: randomBytes(32).toString('base64'),
    },
    // /api/health is the upstream's own health here, and never answers 200.
    startedWhen: { path: '/api/ready', status: 503 },
  });
  children.push(child);
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/ready`);
    const text = await response.text();
    expect(response.status).toBe(503);
    expect(JSON.parse(text)).toEqual({
      status: 'unavailable',
      checks: { database: 'ok', upstream: 'failed' },
    });
    expect(text).not.toContain(String(closed));
    expect(text).not.toContain('127.0.0.1');
    const head = await fetch(`http://127.0.0.1:${port}/api/ready`, { method: 'HEAD' });
    expect(head.status).toBe(503);
  } finally {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the standalone server.js drains on SIGTERM too, and exits 0 (not the 143 of Next’s own handler)', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'console-drain-standalone-'));
  try {
    const copy = copyStandalone(process.env.NEXT_DIST_DIR || '.next', path.join(dir, 'app'));
    const server = await startStandalone({
      root: copy.root,
      port: await freePort(),
      env: { DATA_DIR: path.join(dir, 'data') },
    });
    children.push(server.child);
    const exited = new Promise<number | null>((resolve) => server.child.once('exit', resolve));
    server.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(server.output()).toMatch(
      /\[shutdown\] SIGTERM received[\s\S]*\[shutdown\] done in \d+ ms; exiting/,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
