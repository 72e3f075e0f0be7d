/**
 * `npm run bench:load`: the production build under concurrent load, through the proxy, signed in as an admin.
 *
 *   npm run build && npm run bench:load                        # 30 s at 100 connections, then 30 s at 10
 *   npm run bench:load -- --duration 5 --connections 20,5      # a quick run
 *   npm run bench:load -- --cpu-prof /tmp/prof                 # and the server's CPU profile (.cpuprofile)
 *
 * Starts `next start` in local mode on a fresh data folder (NEXT_DIST_DIR is honoured), signs in once, and runs
 * autocannon with the dashboard's own mix of calls, each connection cycling through: the list page the dashboard
 * asks for, a sandbox by id, a create, a sandbox by id. Reports requests/s, p50 and p99 latency, errors, timeouts
 * and non-2xx answers per run, then checks that every create answered 201 is there afterwards (one full list).
 * Exits 1 when a run has an error, a timeout or a 5xx, or an acknowledged create is missing. The server's
 * "Error: aborted" lines at the end of a run are the requests autocannon cuts off when its time is up.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

import autocannon from 'autocannon';

import { freePort, requireBuild, signIn, startApp } from './lib/app-server';
import { printBenchJson } from './lib/bench-json';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '30' },
    connections: { type: 'string', default: '100,10' },
    port: { type: 'string' },
    // A folder for the server's V8 CPU profile (written when it stops), to see where a request's time goes.
    'cpu-prof': { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const duration = Number(args.duration);
const connectionRuns = args.connections.split(',').map(Number);
if (!(duration > 0) || !connectionRuns.every((n) => Number.isInteger(n) && n > 0)) {
  console.error(
    'Usage: npm run bench:load -- [--duration SECONDS] [--connections N,N…] [--port PORT] [--cpu-prof DIR]',
  );
  process.exit(2);
}

const ADMIN = { email: 'load@example.test', password: 'load-bench-password-1' };
/** What the sandbox list asks for on first load (lib/list/filters.ts toApiParams with the default state). */
const LIST_PATH = '/api/sandboxes?sort=created_at&order=desc&limit=25&offset=0';

type RunSummary = {
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statuses: Record<string, number>;
  acknowledged: number;
  missing: number;
};

async function listIds(origin: string, cookie: string): Promise<Set<string>> {
  const response = await fetch(`${origin}/api/sandboxes`, { headers: { cookie } });
  if (!response.ok) throw new Error(`full list: ${response.status} ${await response.text()}`);
  return new Set(((await response.json()) as { id: string }[]).map((sandbox) => sandbox.id));
}

function readId(body: string): string | undefined {
  try {
    const { id } = JSON.parse(body) as { id?: unknown };
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}

/** One autocannon run of the mix; every id a 201 returned is collected, and is then a GET target too. */
async function run(
  origin: string,
  cookie: string,
  connections: number,
  known: string[],
): Promise<RunSummary> {
  const acknowledged: string[] = [];
  let serial = 0;
  const pickId = () => known[Math.floor(Math.random() * known.length)]!;
  const get: autocannon.Request = {
    method: 'GET',
    setupRequest: (request) => ({ ...request, path: `/api/sandboxes/${pickId()}` }),
  };
  const result = await autocannon({
    url: origin,
    connections,
    duration,
    headers: { cookie, origin, accept: 'application/json' },
    requests: [
      { method: 'GET', path: LIST_PATH },
      get,
      {
        method: 'POST',
        path: '/api/sandboxes',
        headers: { cookie, origin, 'content-type': 'application/json' },
        setupRequest: (request) => {
          serial += 1;
          const body = JSON.stringify({
            name: `load-${connections}-${serial}`,
            metadata: { run: `c${connections}` },
          });
          return { ...request, body };
        },
        onResponse: (status, body) => {
          if (status !== 201) return;
          // A 201 without a readable id still counts as acknowledged: it then shows up as missing.
          const id = readId(body) ?? `unreadable-201-${acknowledged.length}`;
          acknowledged.push(id);
          known.push(id);
        },
      },
      get,
    ],
  });
  const present = await listIds(origin, cookie);
  const statuses = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([status, { count }]) => [status, count ?? 0]),
  );
  return {
    connections,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statuses,
    acknowledged: acknowledged.length,
    missing: acknowledged.filter((id) => !present.has(id)).length,
  };
}

function report(summary: RunSummary): boolean {
  const fiveXx = Object.entries(summary.statuses)
    .filter(([status]) => status.startsWith('5'))
    .reduce((sum, [, count]) => sum + count, 0);
  const ok = summary.errors === 0 && summary.timeouts === 0 && fiveXx === 0 && summary.missing === 0;
  console.log(
    [
      `${summary.connections} connections, ${duration} s: ${ok ? 'OK' : 'FAILED'}`,
      `  requests/s ${summary.requestsPerSecond.toFixed(0)}   p50 ${summary.p50} ms   p99 ${summary.p99} ms`,
      `  errors ${summary.errors}   timeouts ${summary.timeouts}   non-2xx ${summary.non2xx}   statuses ${JSON.stringify(summary.statuses)}`,
      `  creates acknowledged ${summary.acknowledged}, present afterwards ${summary.acknowledged - summary.missing}, missing ${summary.missing}`,
    ].join('\n'),
  );
  return ok;
}

async function main() {
  const distDir = requireBuild();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-load-'));
  const port = args.port ? Number(args.port) : await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let app: ChildProcess | undefined;
  try {
    app = await startApp({
      dataDir,
      port,
      distDir,
      env: {
        // Creates must never meet the 50-sandbox cap: what is measured is the server, not the limit.
        EMULATOR_MAX_SANDBOXES: '10000000',
        CONSOLE_ADMIN_EMAIL: ADMIN.email,
        CONSOLE_ADMIN_PASSWORD: ADMIN.password,
        ...(args['cpu-prof'] && {
          NODE_OPTIONS: `--import ${pathToFileURL(path.resolve('scripts/lib/cpu-profile.mjs')).href}`,
          CPU_PROFILE_DIR: path.resolve(args['cpu-prof']),
        }),
      },
    });
    const cookie = await signIn(origin, ADMIN);
    const known = [...(await listIds(origin, cookie))];
    if (known.length === 0) throw new Error('the embedded API has no seeded sandboxes to GET');
    console.log(
      `bench:load on ${origin} (${cpus().length} cores, load ${loadavg()[0]!.toFixed(1)}): ` +
        `${LIST_PATH} | GET /api/sandboxes/{id} | POST /api/sandboxes | GET /api/sandboxes/{id}, per connection`,
    );
    let ok = true;
    const runs: Array<{ connections: number; rps: number; p99: number; ok: boolean }> = [];
    let lostCreates = 0;
    for (const connections of connectionRuns) {
      const summary = await run(origin, cookie, connections, known);
      const runOk = report(summary);
      runs.push({ connections, rps: summary.requestsPerSecond, p99: summary.p99, ok: runOk });
      lostCreates += summary.missing;
      ok = runOk && ok;
    }
    printBenchJson({ bench: 'load', duration, runs, lostCreates });
    if (!ok) {
      console.error('Goal missed: a run had errors, timeouts, 5xx answers or lost creates (see above).');
      process.exitCode = 1;
    }
  } finally {
    // Let the server close its databases before the folder goes.
    if (app && app.exitCode === null) {
      const exited = new Promise((resolve) => app!.once('exit', resolve));
      app.kill();
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
