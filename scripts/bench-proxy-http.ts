/**
 * `npm run bench:proxy-http`: the proxy's cost over HTTP, on the production build. One `next start` in local mode
 * (fresh data folder, NEXT_DIST_DIR honoured; this script builds nothing) answers, in turns, with autocannon:
 *
 *   GET /emulator/sandboxes   the embedded API served as is (its own X-API-Key, no session)
 *   GET /api/sandboxes        the same answer through the proxy, signed in as an admin (session check included)
 *
 * The two alternate for several rounds so drift on a shared machine hits both alike; the report gives each one's
 * median requests per second and their ratio (goal ≥ 0.95). `/api` also checks the session and `/emulator` does
 * not, so the report splits the gap: the server's time per request is about 1/(requests per second) when
 * autocannon keeps it busy, and the session check's own share is measured in-process by `npm run bench:proxy`.
 *
 *   npm run build && npm run bench:proxy-http
 *   npm run bench:proxy-http -- --duration 5 --rounds 3 --connections 10
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import autocannon from 'autocannon';

import { DEFAULT_API_KEY } from '@/lib/emulator/options';

import { freePort, requireBuild, startApp } from './lib/app-server';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '4' },
    connections: { type: 'string', default: '10' },
    port: { type: 'string' },
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

/** Signs the admin in as a browser would (same-origin POST); returns the Cookie header to send. */
async function signIn(origin: string): Promise<string> {
  const response = await fetch(`${origin}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify(ADMIN),
  });
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]);
  if (!response.ok || cookies.length === 0) {
    throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  }
  return cookies.join('; ');
}

type Target = { name: string; path: string; headers: Record<string, string> };

/** Both answer the same body (the proxy only strips access tokens, which a list has none of): checked first. */
async function checkSameAnswer(origin: string, targets: Target[]): Promise<void> {
  const bodies = await Promise.all(
    targets.map(async ({ path: target, headers }) => {
      const response = await fetch(`${origin}${target}`, { headers });
      if (response.status !== 200) throw new Error(`${target}: ${response.status} ${await response.text()}`);
      return response.text();
    }),
  );
  if (new Set(bodies).size !== 1) throw new Error('/api and /emulator answered different lists');
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
    const cookie = await signIn(origin);
    const emulator: Target = {
      name: 'GET /emulator/sandboxes',
      path: '/emulator/sandboxes',
      headers: { accept: 'application/json', 'x-api-key': DEFAULT_API_KEY },
    };
    const proxied: Target = {
      name: 'GET /api/sandboxes',
      path: '/api/sandboxes',
      headers: { accept: 'application/json', cookie },
    };
    await checkSameAnswer(origin, [emulator, proxied]);
    // Warm both (JIT, statement cache) before anything counts.
    for (const target of [emulator, proxied]) await requestsPerSecond(origin, { ...target });
    const load = loadavg()[0]!.toFixed(1);
    const samples = new Map<Target, number[]>([
      [emulator, []],
      [proxied, []],
    ]);
    for (let round = 0; round < rounds; round++) {
      // Alternate which goes first, so a trend over the run favours neither.
      const order = round % 2 ? [proxied, emulator] : [emulator, proxied];
      for (const target of order) samples.get(target)!.push(await requestsPerSecond(origin, target));
    }
    const rpsEmulator = median(samples.get(emulator)!);
    const rpsProxied = median(samples.get(proxied)!);
    const ratio = rpsProxied / rpsEmulator;
    const gapMs = 1000 / rpsProxied - 1000 / rpsEmulator;
    console.log(
      `bench:proxy-http on ${origin} (${cpus().length} cores, load ${load} at start, ` +
        `${loadavg()[0]!.toFixed(1)} at end): ${connections} connections, ${rounds} rounds of ${duration} s each`,
    );
    for (const [target, runs] of samples) {
      console.log(
        `${target.name.padEnd(26)} median ${median(runs).toFixed(0)} requests/s   (${runs.map((n) => n.toFixed(0)).join(', ')})`,
      );
    }
    console.log(
      `/api ÷ /emulator requests per second: ${ratio.toFixed(2)}x (goal ≥ 0.95)   ` +
        `server time per request ${gapMs >= 0 ? '+' : ''}${gapMs.toFixed(3)} ms through /api ` +
        '(the session check and the proxy core; `npm run bench:proxy` measures each alone)',
    );
  } finally {
    app?.kill();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
