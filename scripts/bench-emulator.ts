/**
 * `npm run bench:emulator`: seeds 10,000 sandboxes with varied metadata into a fresh data folder, then reports
 * the median (and p95) time, measured through `handle()`, of the operations the issue sets goals for:
 *   list filtered by two metadata keys ≤ 10 ms · create ≤ 5 ms · get ≤ 2 ms
 * Usage: npm run bench:emulator [-- --sandboxes 10000 --runs 300]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createEmulator } from '@/lib/emulator';

import { printBenchJson } from './lib/bench-json';

const KEY = 'bench-key';
const ENVS = ['prod', 'prod', 'staging', 'dev', 'dev', 'ci'];
const OWNERS = Array.from({ length: 40 }, (_, i) => `owner-${i}`);
const TEAMS = ['search', 'ranking', 'agents', 'data', 'infra', 'billing', 'growth', 'mobile'];
const REGIONS = ['us-east', 'us-west', 'eu-central', 'ap-south'];

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index === -1 ? NaN : Number(process.argv[index + 1]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

const pick = <T>(items: readonly T[], n: number): T => items[n % items.length] as T;

/** Metadata that varies realistically: a few common values, many rare ones, one unique id per sandbox. */
const metadataFor = (i: number) => ({
  env: pick(ENVS, i * 7),
  owner: pick(OWNERS, i * 13),
  team: pick(TEAMS, i * 3),
  region: pick(REGIONS, i),
  run_id: `run-${i.toString(36)}`,
  ...(i % 5 === 0 ? { experiment: `exp-${i % 17}` } : {}),
});

type Api = ReturnType<typeof createEmulator>;

function request(method: string, path: string, body?: unknown): Request {
  return new Request(`http://bench.local${path}`, {
    method,
    headers: { 'X-API-Key': KEY, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function call(api: Api, method: string, path: string, body?: unknown, expected = 200): Promise<string> {
  const res = await api.handle(request(method, path, body));
  const text = await res.text();
  if (res.status !== expected) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return text;
}

async function measure(runs: number, operation: (run: number) => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < Math.min(50, runs); i++) await operation(-1 - i); // warm-up: JIT and statement cache
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await operation(i);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

async function main(): Promise<void> {
  const count = argument('sandboxes', 10_000);
  const runs = argument('runs', 300);
  const dataDir = mkdtempSync(join(tmpdir(), 'emu-bench-'));
  const api = createEmulator({
    dataDir,
    apiKey: KEY,
    seed: false,
    maxSandboxes: count + runs * 3 + 1000,
    timing: { transitionMs: 0, buildStepMs: 0 },
  });
  try {
    const seedStart = performance.now();
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const text = await call(
        api,
        'POST',
        '/sandboxes',
        { name: `bench-${i}`, metadata: metadataFor(i) },
        201,
      );
      ids.push((JSON.parse(text) as { id: string }).id);
    }
    console.log(
      `Seeded ${count} sandboxes through handle() in ${((performance.now() - seedStart) / 1000).toFixed(1)} s (${dataDir})`,
    );

    let matches = 0;
    const results: [string, number[], number][] = [];
    results.push([
      'list ?metadata.env=prod&metadata.owner=…',
      await measure(runs, async (run) => {
        const text = await call(
          api,
          'GET',
          `/sandboxes?metadata.env=prod&metadata.owner=${pick(OWNERS, Math.abs(run) * 7)}`,
        );
        matches = (JSON.parse(text) as unknown[]).length;
      }),
      10,
    ]);
    const matchesPerQuery = matches;
    results.push([
      'list two keys, page of 50 + total',
      await measure(runs, (run) =>
        call(
          api,
          'GET',
          `/sandboxes?metadata.env=${pick(ENVS, Math.abs(run))}&metadata.team=${pick(TEAMS, Math.abs(run))}&limit=50`,
        ),
      ),
      10,
    ]);
    results.push([
      'create',
      await measure(runs, (run) =>
        call(
          api,
          'POST',
          '/sandboxes',
          { name: `timed-${run}`, metadata: metadataFor(count + Math.abs(run)) },
          201,
        ),
      ),
      5,
    ]);
    results.push([
      'get',
      await measure(runs * 3, (run) => call(api, 'GET', `/sandboxes/${pick(ids, Math.abs(run) * 7919)}`)),
      2,
    ]);

    console.log(
      `\n${'operation'.padEnd(40)} ${'median'.padStart(9)} ${'p95'.padStart(9)} ${'goal'.padStart(7)}`,
    );
    for (const [name, times, goal] of results) {
      const median = percentile(times, 0.5);
      const verdict = median <= goal ? 'ok' : 'OVER GOAL';
      console.log(
        `${name.padEnd(40)} ${`${median.toFixed(2)} ms`.padStart(9)} ${`${percentile(times, 0.95).toFixed(2)} ms`.padStart(9)} ${`≤${goal} ms`.padStart(7)}  ${verdict}`,
      );
    }
    console.log(
      `\n(${runs} runs each, get ${runs * 3}; the two-key filter returned ~${matchesPerQuery} sandboxes per query)`,
    );
    const [listFiltered, listPage, create, get] = results.map(([, times]) => percentile(times, 0.5));
    printBenchJson({
      bench: 'emulator',
      listFilteredMs: listFiltered,
      listPageMs: listPage,
      createMs: create,
      getMs: get,
    });
  } finally {
    api.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
