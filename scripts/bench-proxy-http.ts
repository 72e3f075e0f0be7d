/**
 * `npm run bench:proxy-http`: the proxy's cost over HTTP, on the production build. One `next start` in local mode
 * (fresh data folder, NEXT_DIST_DIR honoured; this script builds nothing) answers, in turns, with autocannon:
 *
 *   GET /emulator/sandboxes   the embedded API served as is (its own X-API-Key, no session)
 *   GET /api/sandboxes        the same answer through the proxy, signed in as an admin (session check included)
 *   GET /emulator/health, GET /api/health   the same pair for a route the proxy serves without a session
 *
 * The four alternate for several rounds so drift on a shared machine hits them alike; the report gives each one's
 * median requests per second and the sandboxes ratio (goal ≥ 0.95). With the server kept busy its time per
 * request is about 1/(requests per second), so the report splits what /api adds: the health pair's difference
 * is the proxy alone, the rest of the sandboxes pair's is the session check (`npm run bench:proxy` measures both
 * in-process too).
 *
 *   npm run build && npm run bench:proxy-http
 *   npm run bench:proxy-http -- --duration 3 --rounds 2 --connections 10
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import autocannon from 'autocannon';

import { DEFAULT_API_KEY } from '@/lib/emulator/options';

import { freePort, requireBuild, signIn, startApp } from './lib/app-server';
import { printBenchJson } from './lib/bench-json';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '4' },
    connections: { type: 'string', default: '10' },
    port: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const duration = Number(args.duration);
const rounds = Number(args.rounds);
const connections = Number(args.connections);
if (!(duration > 0) || !(rounds > 0) || !Number.isInteger(connections) || connections < 1) {
  console.error(
    'Usage: npm run bench:proxy-http -- [--duration SECONDS] [--rounds N] [--connections N] [--port PORT]',
  );
  process.exit(2);
}

const ADMIN = { email: 'proxy-http@example.test', password: 'proxy-http-bench-password-1' };

type Target = { name: string; path: string; headers: Record<string, string> };

/** Both answer the same body (the proxy only strips access tokens, which these have none of): checked first. */
async function checkSameAnswer(origin: string, targets: Target[]): Promise<void> {
  const bodies = await Promise.all(
    targets.map(async ({ path: target, headers }) => {
      const response = await fetch(`${origin}${target}`, { headers });
      if (response.status !== 200) throw new Error(`${target}: ${response.status} ${await response.text()}`);
      return response.text();
    }),
  );
  if (new Set(bodies).size !== 1)
    throw new Error(`${targets[0]!.path} and ${targets[1]!.path} answered differently`);
}

/** One autocannon run; its average requests per second, or an error when any request failed. */
async function requestsPerSecond(origin: string, target: Target): Promise<number> {
  const result = await autocannon({
    url: `${origin}${target.path}`,
    connections,
    duration,
    headers: target.headers,
  });
  if (result.errors || result.timeouts || result.non2xx) {
    throw new Error(
      `${target.path}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx answers`,
    );
  }
  return result.requests.average;
}

const median = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

async function main() {
  const distDir = requireBuild();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-proxy-http-'));
  const port = args.port ? Number(args.port) : await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let app: ChildProcess | undefined;
  try {
    app = await startApp({
      dataDir,
      port,
      distDir,
      env: { CONSOLE_ADMIN_EMAIL: ADMIN.email, CONSOLE_ADMIN_PASSWORD: ADMIN.password },
    });
    const cookie = await signIn(origin, ADMIN);
    const key = { accept: 'application/json', 'x-api-key': DEFAULT_API_KEY };
    const session = { accept: 'application/json', cookie };
    const list = {
      emulator: { name: 'GET /emulator/sandboxes', path: '/emulator/sandboxes', headers: key },
      proxied: { name: 'GET /api/sandboxes', path: '/api/sandboxes', headers: session },
    };
    // /api/health is public: the proxy without a session check, for the split below.
    const health = {
      emulator: { name: 'GET /emulator/health', path: '/emulator/health', headers: key },
      proxied: { name: 'GET /api/health', path: '/api/health', headers: session },
    };
    await checkSameAnswer(origin, [list.emulator, list.proxied]);
    await checkSameAnswer(origin, [health.emulator, health.proxied]);
    const targets = [list.emulator, list.proxied, health.emulator, health.proxied];
    // Warm every path (JIT, statement cache) before anything counts.
    for (const target of targets) await requestsPerSecond(origin, target);
    const load = loadavg()[0]!.toFixed(1);
    const samples = new Map<Target, number[]>(targets.map((target) => [target, []]));
    for (let round = 0; round < rounds; round++) {
      // Alternate the order, so a trend over the run favours neither side of a pair.
      const order = round % 2 ? [...targets].reverse() : targets;
      for (const target of order) samples.get(target)!.push(await requestsPerSecond(origin, target));
    }
    const rps = (target: Target) => median(samples.get(target)!);
    // With autocannon keeping the server busy, its time per request is about 1 / (requests per second).
    const extraMs = (pair: typeof list) => 1000 / rps(pair.proxied) - 1000 / rps(pair.emulator);
    const ms = (value: number) => `${value >= 0 ? '+' : ''}${value.toFixed(3)} ms`;
    console.log(
      `bench:proxy-http on ${origin} (${cpus().length} cores, load ${load} at start, ` +
        `${loadavg()[0]!.toFixed(1)} at end): ${connections} connections, ${rounds} rounds of ${duration} s each`,
    );
    for (const [target, runs] of samples) {
      console.log(
        `${target.name.padEnd(26)} median ${rps(target).toFixed(0).padStart(5)} requests/s   (${runs.map((n) => n.toFixed(0)).join(', ')})`,
      );
    }
    const listGap = extraMs(list);
    const proxyGap = extraMs(health);
    console.log(
      `/api ÷ /emulator, sandboxes: ${(rps(list.proxied) / rps(list.emulator)).toFixed(2)}x requests/s ` +
        `(goal ≥ 0.95); health (no session): ${(rps(health.proxied) / rps(health.emulator)).toFixed(2)}x`,
    );
    console.log(
      `server time /api adds per request: ${ms(listGap)}, of which the proxy ≈ ${ms(proxyGap)} ` +
        `(the health pair) and the session check ≈ ${ms(listGap - proxyGap)} (the rest)`,
    );
    printBenchJson({
      bench: 'proxy-http',
      ratio: rps(list.proxied) / rps(list.emulator),
      healthRatio: rps(health.proxied) / rps(health.emulator),
      apiRps: rps(list.proxied),
      emulatorRps: rps(list.emulator),
    });
  } finally {
    app?.kill();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
