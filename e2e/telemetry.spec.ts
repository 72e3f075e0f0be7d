import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { expect, test } from '@playwright/test';

import { freePort, signIn, startApp } from '../scripts/lib/app-server';
import { startOtlpReceiver, type ReceivedSpan } from './otlp-receiver';
import { buckets, parsePrometheusText, sampleValue } from './prometheus-text';

/**
 * Logs, metrics and traces of the built server (lib/telemetry), against two `next start` processes:
 * - A, local mode, LOG_LEVEL=trace (the most verbose), METRICS_TOKEN: fed requests carrying every kind of secret
 *   (API keys, session cookies, env var values, passwords, an invite token in a path), then its whole output is
 *   searched for them; the request lines and `/metrics` behind the token are checked.
 * - B, remote mode against A's embedded API with A's key, METRICS_PORT and OTEL_EXPORTER_OTLP_ENDPOINT: a proxied
 *   call reaches a local OTLP receiver as a span, its metrics are on their own port, and its output holds no key.
 *   A has the traces-only endpoint variable but not OTEL_EXPORTER_OTLP_ENDPOINT: it must send nothing.
 */
test.describe.configure({ mode: 'serial', timeout: 180_000 });

const secret = (what: string) => `${what}-${randomBytes(9).toString('hex')}`;
const SECRETS = {
  serverKey: secret('ssk_live_server'), // A's EMULATOR_API_KEY = B's SUPERSERVE_API_KEY
  clientKey: secret('ssk_live_client'), // an X-API-Key a client sends to the dashboard
  envValue: secret('env-value'),
  setupPassword: secret('setup-pw'),
  wrongPassword: secret('wrong-pw'),
  newPassword: secret('new-pw'),
  invitePassword: secret('invite-pw'),
  metricsToken: secret('metrics-token'),
  consoleSecret: randomBytes(32).toString('base64'),
};
const ADMIN = { email: 'ops@telemetry.e2e.test', name: 'Ops' };

type Line = Record<string, unknown>;
const jsonLines = (output: string): Line[] =>
  output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Line);

let servers: ChildProcess[] = [];
let dirs: string[] = [];
let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
let outputA = '';
let outputB = '';
let originA = '';
let originB = '';
let metricsPortB = 0;
/** Secrets learnt while the test runs (session cookies, the invite token). */
const learnt: string[] = [];

test.beforeAll(async () => {
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  receiver = await startOtlpReceiver();
  const [portA, portB] = [await freePort(), await freePort()];
  metricsPortB = await freePort();
  dirs = [
    mkdtempSync(path.join(tmpdir(), 'console-tele-a-')),
    mkdtempSync(path.join(tmpdir(), 'console-tele-b-')),
  ];
  originA = `http://127.0.0.1:${portA}`;
  originB = `http://127.0.0.1:${portB}`;
  const start = (port: number, dataDir: string, env: Record<string, string>, sink: (text: string) => void) =>
    startApp({ port, distDir, dataDir, env: { LOG_LEVEL: 'trace', ...env }, output: sink });
  servers.push(
    await start(
      portA,
      dirs[0]!,
      {
        EMULATOR_API_KEY: SECRETS.serverKey,
        METRICS_TOKEN: SECRETS.metricsToken,
        OTEL_SERVICE_NAME: 'console-untraced',
        // What the SDK would send to if it were loaded: without OTEL_EXPORTER_OTLP_ENDPOINT it must not be.
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${receiver.url}/v1/traces`,
        CONSOLE_URL: originA,
      },
      (text) => (outputA += text),
    ),
  );
  servers.push(
    await start(
      portB,
      dirs[1]!,
      {
        SUPERSERVE_API_KEY: SECRETS.serverKey,
        SUPERSERVE_API_URL: `${originA}/emulator`,
        CONSOLE_SECRET: SECRETS.consoleSecret,
        CONSOLE_ADMIN_EMAIL: ADMIN.email,
        CONSOLE_ADMIN_PASSWORD: SECRETS.setupPassword,
        CONSOLE_URL: originB,
        METRICS_PORT: String(metricsPortB),
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
        OTEL_SERVICE_NAME: 'console-traced',
        OTEL_BSP_SCHEDULE_DELAY: '100',
      },
      (text) => (outputB += text),
    ),
  );
});

test.afterAll(async () => {
  for (const server of servers) server.kill();
  servers = [];
  await new Promise((resolve) => (receiver?.server as Server | undefined)?.close(resolve) ?? resolve(null));
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const json = (origin: string, extra: Record<string, string> = {}) => ({
  'content-type': 'application/json',
  origin,
  ...extra,
});

async function metricsOf(url: string, token?: string) {
  const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return parsePrometheusText(await response.text());
}

test('request lines carry the expected fields and no secret; /metrics counts behind METRICS_TOKEN', async () => {
  const metricsUrl = `${originA}/metrics`;
  const before = await metricsOf(metricsUrl, SECRETS.metricsToken);

  // First run: the setup password.
  const setup = await fetch(`${originA}/api/console/setup`, {
    method: 'POST',
    headers: json(originA),
    body: JSON.stringify({ ...ADMIN, password: SECRETS.setupPassword }),
  });
  expect(setup.status).toBe(201);
  // A failed sign-in, then a good one (both passwords in bodies).
  const wrong = await fetch(`${originA}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: json(originA),
    body: JSON.stringify({ email: ADMIN.email, password: SECRETS.wrongPassword }),
  });
  expect(wrong.status).toBe(401);
  const cookie = await signIn(originA, { email: ADMIN.email, password: SECRETS.setupPassword });
  for (const part of cookie.split('; ')) learnt.push(part.slice(part.indexOf('=') + 1));

  // A create with an env var value, sent with a client-side API key the dashboard must ignore.
  const created = await fetch(`${originA}/api/sandboxes`, {
    method: 'POST',
    headers: json(originA, { cookie, 'x-api-key': SECRETS.clientKey }),
    body: JSON.stringify({ name: 'telemetry-box', env_vars: { DATABASE_PASSWORD: SECRETS.envValue } }),
  });
  expect(created.status).toBe(201);
  const createId = created.headers.get('x-request-id');
  const sandbox = (await created.json()) as { id: string };
  const page = await fetch(`${originA}/sandboxes/${sandbox.id}`, { headers: { cookie } });
  expect(page.status).toBe(200);
  // A streamed page: its response (and its log line) ends once read. Then one of its scripts, logged at debug.
  const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(await page.text())?.[1];
  expect(script).toBeTruthy();
  const asset = await fetch(`${originA}${script}`);
  expect(asset.status).toBe(200);
  await asset.arrayBuffer();

  // An invite: its token is in a page path and in the accept body, with the invited person's password.
  const invited = await fetch(`${originA}/api/console/users`, {
    method: 'POST',
    headers: json(originA, { cookie }),
    body: JSON.stringify({ access: 'invite', name: 'Ivy', email: 'ivy@telemetry.e2e.test', role: 'viewer' }),
  });
  expect(invited.status).toBe(201);
  const invitePath = ((await invited.json()) as { invite: { path: string } }).invite.path;
  const token = invitePath.split('/').at(-1)!;
  learnt.push(token);
  const invitePage = await fetch(`${originA}${invitePath}`);
  expect(invitePage.status).toBe(200);
  await invitePage.text();
  const accepted = await fetch(`${originA}/api/console/invites/accept`, {
    method: 'POST',
    headers: json(originA),
    body: JSON.stringify({ token, password: SECRETS.invitePassword }),
  });
  expect(accepted.status).toBeLessThan(300);

  // A password change (old and new in the body).
  const changed = await fetch(`${originA}/api/auth/change-password`, {
    method: 'POST',
    headers: json(originA, { cookie }),
    body: JSON.stringify({ currentPassword: SECRETS.setupPassword, newPassword: SECRETS.newPassword }),
  });
  expect(changed.status).toBe(200);

  // The embedded API with the server's own key, and a proxied read.
  const emulated = await fetch(`${originA}/emulator/sandboxes`, {
    headers: { 'x-api-key': SECRETS.serverKey },
  });
  expect(emulated.status).toBe(200);
  for (let i = 0; i < 3; i++) expect((await fetch(`${originA}/api/health`)).status).toBe(200);

  // /metrics: 401 without or with a wrong token (nothing revealed), HEAD allowed, other methods refused.
  for (const authorization of [
    undefined,
    `Bearer ${SECRETS.metricsToken}x`,
    `Basic ${SECRETS.metricsToken}`,
  ]) {
    const refused = await fetch(metricsUrl, { headers: authorization ? { authorization } : {} });
    expect(refused.status).toBe(401);
    expect(await refused.text()).toBe('Unauthorized.\n');
  }
  expect((await fetch(metricsUrl, { method: 'POST' })).status).toBe(405);
  const after = await metricsOf(metricsUrl, SECRETS.metricsToken);

  const requests = 'sandbox_console_http_requests_total';
  const grew = (name: string, labels: Record<string, string>) =>
    sampleValue(after, name, labels) - sampleValue(before, name, labels);
  expect(after.get(requests)).toMatchObject({ type: 'counter', help: expect.stringContaining('route') });
  expect(grew(requests, { route: '/api/health', method: 'GET', status: '200' })).toBe(3);
  expect(grew(requests, { route: '/api/sandboxes', method: 'POST', status: '201' })).toBe(1);
  expect(grew(requests, { route: '/invite/:token', method: 'GET', status: '200' })).toBe(1);
  expect(grew('sandbox_console_sign_ins_total', { method: 'password', result: 'success' })).toBe(1);
  expect(grew('sandbox_console_sign_ins_total', { method: 'password', result: 'failure' })).toBe(1);
  expect(grew('sandbox_console_audit_writes_total', { operation: 'record' })).toBeGreaterThanOrEqual(5);
  expect(sampleValue(after, 'sandbox_console_audit_write_failures_total', { operation: 'record' })).toBe(0);
  expect(after.get('sandbox_console_open_streams')?.type).toBe('gauge');
  for (const name of [
    'sandbox_console_http_request_duration_seconds',
    'sandbox_console_upstream_request_duration_seconds',
  ]) {
    expect(after.get(name)?.type).toBe('histogram');
    const series = buckets(after, name, { route: '/api/sandboxes', method: 'POST' });
    expect(series.length).toBeGreaterThan(5);
    expect(series.at(-1)).toMatchObject({ le: Infinity, count: 1 });
    for (let i = 1; i < series.length; i++)
      expect(series[i]!.count).toBeGreaterThanOrEqual(series[i - 1]!.count);
  }
  expect(after.has('process_cpu_user_seconds_total')).toBe(true);
  expect(after.has('nodejs_eventloop_lag_seconds')).toBe(true);
  for (const family of after.values()) expect(family.help, family.name).toBeTruthy();

  // The log: one line per request with the fields, the create's under the id its response carried.
  await expect.poll(() => jsonLines(outputA).some((line) => line.requestId === createId)).toBe(true);
  const lines = jsonLines(outputA);
  const createLine = lines.find((line) => line.msg === 'request' && line.requestId === createId);
  expect(createLine).toMatchObject({
    level: 'info',
    method: 'POST',
    route: '/api/sandboxes',
    status: 201,
    userId: expect.any(String),
    durationMs: expect.any(Number),
    upstreamMs: expect.any(Number),
    upstreamCalls: 1,
    time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
  });
  const routes = lines.filter((line) => line.msg === 'request').map((line) => line.route);
  expect(routes).toEqual(
    expect.arrayContaining(['/sandboxes/:id', '/invite/:token', '/api/auth/sign-in/email']),
  );
  expect(lines.find((line) => line.route === '/sandboxes/:id')).toMatchObject({ userId: expect.any(String) });
  // Static files at debug (LOG_LEVEL=trace shows them).
  expect(lines.find((line) => line.route === '/_next/static/*')).toMatchObject({
    level: 'debug',
    status: 200,
  });
  for (const line of lines) expect(JSON.stringify(line)).not.toContain(sandbox.id);
});

test('remote mode: a proxied call is a span at the OTLP receiver, metrics on METRICS_PORT, no key logged', async () => {
  const cookie = await signIn(originB, { email: ADMIN.email, password: SECRETS.setupPassword });
  for (const part of cookie.split('; ')) learnt.push(part.slice(part.indexOf('=') + 1));
  const listed = await fetch(`${originB}/api/sandboxes`, {
    headers: { cookie, 'x-api-key': SECRETS.clientKey },
  });
  expect(listed.status).toBe(200);

  await expect
    .poll(() => receiver.spans.some((span) => span.name === 'GET /sandboxes'), { timeout: 15_000 })
    .toBe(true);
  const span = receiver.spans.find((candidate) => candidate.name === 'GET /sandboxes') as ReceivedSpan;
  expect(span).toMatchObject({
    service: 'console-traced',
    kind: 3, // CLIENT
    attributes: {
      'http.request.method': 'GET',
      'url.template': '/sandboxes',
      'server.address': '127.0.0.1',
      'http.response.status_code': 200,
    },
  });
  // A child of Next's span for the request.
  expect(span.parentSpanId).toBeTruthy();
  expect(receiver.spans.every((received) => received.service === 'console-traced')).toBe(true);
  for (const body of receiver.bodies) {
    for (const value of [...Object.values(SECRETS), ...learnt]) expect(body).not.toContain(value);
  }

  // METRICS_PORT: no token needed, only /metrics; the main port's /metrics does not exist without a token.
  const metricsUrl = `http://127.0.0.1:${metricsPortB}/metrics`;
  const families = await metricsOf(metricsUrl);
  expect(
    sampleValue(families, 'sandbox_console_http_requests_total', {
      route: '/api/sandboxes',
      method: 'GET',
      status: '200',
    }),
  ).toBe(1);
  expect(
    sampleValue(
      families,
      'sandbox_console_upstream_request_duration_seconds',
      { route: '/api/sandboxes', method: 'GET' },
      'sandbox_console_upstream_request_duration_seconds_count',
    ),
  ).toBe(1);
  expect((await fetch(`http://127.0.0.1:${metricsPortB}/`)).status).toBe(404);
  expect((await fetch(metricsUrl, { method: 'POST' })).status).toBe(405);
  expect((await fetch(`${originB}/metrics`)).status).toBe(404);
});

test('no secret reaches either server’s output, at the most verbose level', async () => {
  expect(learnt.length).toBeGreaterThanOrEqual(3); // the session cookies and the invite token were seen
  expect(jsonLines(outputA).length).toBeGreaterThan(10);
  expect(jsonLines(outputB).some((line) => line.route === '/api/sandboxes')).toBe(true);
  for (const [name, value] of [...Object.entries(SECRETS), ...learnt.map((value) => ['learnt', value])]) {
    expect(outputA, `${name} in A's output`).not.toContain(value);
    expect(outputB, `${name} in B's output`).not.toContain(value);
  }
});
