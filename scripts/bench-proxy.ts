/**
 * Proxy overhead on a simple GET against the embedded API: `GET /sandboxes` answered by the embedded API's
 * handler directly, and through the proxy core (allow-list, header filtering, timeout, access_token
 * redaction) with the same handler as its in-process upstream. All run in one process, interleaved, so they
 * share the machine's noise; the report gives medians and their ratio.
 *
 * The session check is measured on its own: the proxy with a real one (better-auth reading a signed-in
 * session from SQLite, as in local mode) against the proxy with the person given.
 *
 *   npm run bench:proxy [-- --iterations 5000 --warmup 500]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

import { actorFromSession } from '@/lib/auth/actor';
import { createAuth } from '@/lib/auth/auth';
import { createFirstAdmin } from '@/lib/auth/setup';
import { openConsoleDb } from '@/lib/db/connect';
import { createEmulator } from '@/lib/emulator';
import { proxyRequest, type Requester } from '@/lib/server/proxy';
import { EMULATOR_ORIGIN, localUpstream } from '@/lib/server/upstream';

import { printBenchJson } from './lib/bench-json';

const { values } = parseArgs({
  options: {
    iterations: { type: 'string', default: '5000' },
    warmup: { type: 'string', default: '500' },
    json: { type: 'boolean', default: false },
  },
});
const iterations = Number(values.iterations);
const warmup = Number(values.warmup);

const API_KEY = 'bench-key';
const dataDir = mkdtempSync(join(tmpdir(), 'proxy-bench-'));
const emulator = createEmulator({ dataDir, apiKey: API_KEY, seed: true, rateLimit: null });
const config = { mode: 'local' as const, apiUrl: EMULATOR_ORIGIN, apiKey: API_KEY, timeoutMs: 30_000 };
const upstream = localUpstream(emulator);
const given: Requester = { id: 'bench', email: 'bench@example.test', role: 'admin' };
// GETs are never audited, so the audit log is not part of what is measured here.
const noAudit = { record: async () => 'unused', complete: async () => undefined };
const deps = { config, upstream, requester: async () => given, audit: noAudit };

type Accounts = { database: Awaited<ReturnType<typeof openConsoleDb>>; auth: ReturnType<typeof createAuth> };
let accounts: Accounts | undefined;
let cookie = '';

/** Sets up an admin and signs in, as a browser would; returns the session cookie. */
async function signIn({ auth, database }: Accounts): Promise<string> {
  const admin = { name: 'Bench', email: 'bench@example.test', password: 'bench-password-1' };
  await createFirstAdmin({ auth, database }, admin);
  const response = await auth.handler(
    new Request('http://localhost:3000/api/auth/sign-in/email', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost:3000' },
      body: JSON.stringify({ email: admin.email, password: admin.password }),
    }),
  );
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!response.ok || !cookie) throw new Error(`sign-in failed: ${response.status}`);
  return cookie;
}

/** What the dashboard's proxy does with the embedded API for GET /api/sandboxes, minus Next's own routing. */
async function direct(): Promise<string> {
  const response = await emulator.handle(
    new Request(`${EMULATOR_ORIGIN}/sandboxes`, { headers: { 'x-api-key': API_KEY } }),
  );
  return response.text();
}

async function viaProxy(): Promise<string> {
  const request = new Request('http://localhost:3000/api/sandboxes', {
    headers: { accept: 'application/json' },
  });
  const response = await proxyRequest(request, ['sandboxes'], deps);
  return response.text();
}

/** The same, with the session read from the request's cookie, as the route handler does (lib/auth/actor). */
async function viaProxyWithSession(): Promise<string> {
  const request = new Request('http://localhost:3000/api/sandboxes', {
    headers: { accept: 'application/json', cookie },
  });
  const response = await proxyRequest(request, ['sandboxes'], {
    config,
    upstream,
    audit: noAudit,
    requester: () => actorFromSession(accounts!.auth, request.headers),
  });
  if (response.status !== 200) throw new Error(`session check refused: ${response.status}`);
  return response.text();
}

async function time(run: () => Promise<string>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

const median = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const percentile = (samples: number[], p: number) =>
  [...samples].sort((a, b) => a - b)[Math.min(samples.length - 1, Math.floor(samples.length * p))]!;

async function main() {
  const sample = JSON.parse(await direct()) as unknown[];
  const proxied = await viaProxy();
  if (!Array.isArray(sample) || proxied.includes('access_token')) throw new Error('unexpected answer');

  const database = await openConsoleDb({ dataDir });
  accounts = { database, auth: createAuth({ database, secret: 'bench-secret-'.repeat(4), sessionDays: 7 }) };
  cookie = await signIn(accounts);
  await viaProxyWithSession();
  for (let i = 0; i < warmup; i++) {
    await direct();
    await viaProxy();
    await viaProxyWithSession();
  }
  const directTimes: number[] = [];
  const proxyTimes: number[] = [];
  const sessionTimes: number[] = [];
  // Interleaved, rotating which goes first, so drift (GC, JIT, other processes) hits all alike.
  const runs: Array<[() => Promise<string>, number[]]> = [
    [direct, directTimes],
    [viaProxy, proxyTimes],
    [viaProxyWithSession, sessionTimes],
  ];
  for (let i = 0; i < iterations; i++) {
    for (let j = 0; j < runs.length; j++) {
      const [run, samples] = runs[(i + j) % runs.length]!;
      samples.push(await time(run));
    }
  }

  const row = (name: string, samples: number[]) =>
    `${name.padEnd(30)} median ${median(samples).toFixed(3)} ms   p95 ${percentile(samples, 0.95).toFixed(3)} ms`;
  console.log(
    `GET /sandboxes (${sample.length} sandboxes), ${iterations} iterations after ${warmup} warm-up each`,
  );
  console.log(row('emulator handle()', directTimes));
  console.log(row('proxy core -> emulator', proxyTimes));
  const overhead = median(proxyTimes) - median(directTimes);
  const ratio = median(proxyTimes) / median(directTimes);
  console.log(
    `proxy/direct ratio (medians): ${ratio.toFixed(2)}x   (+${overhead.toFixed(3)} ms per request)`,
  );
  console.log(row('proxy core + session check', sessionTimes));
  const sessionCost = median(sessionTimes) - median(proxyTimes);
  console.log(`session check (medians): +${sessionCost.toFixed(3)} ms per request (goal: at most 1 ms)`);
  printBenchJson({ bench: 'proxy', ratio, overheadMs: overhead, sessionMs: sessionCost });
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(async () => {
    await accounts?.database.close();
    emulator.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
