/**
 * `npm run bench`: every benchmark in turn on one production build, then one table of issue #12's figures (plus
 * bench:load, the build log and the embedded API), goal beside figure.
 *
 *   npm run bench                      # builds into .next-bench (NEXT_DIST_DIR is honoured), then runs them all
 *   npm run bench -- --no-build        # reuse the build already in NEXT_DIST_DIR (default .next-bench)
 *   npm run bench -- --quick           # shorter runs (fewer iterations, seconds and pages): a rough table
 *   npm run bench -- --only lighthouse,proxy
 *
 * Each benchmark runs as its own `npm run bench:*` process with `--json`; its report streams through as it runs,
 * and its last `BENCH_JSON {...}` line (scripts/lib/bench-json.ts) is what goes in the table. A benchmark that
 * fails or prints no such line shows "n/a" in its rows; the exit code is 1 when any goal is not met or any
 * benchmark failed. They run one after another, never together: each would skew the others' timings.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { parseBenchJson } from './lib/bench-json';
import { benchRows, formatTable, type BenchName, type BenchResults } from './lib/bench-table';

const { values: args } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});

/** Each benchmark's arguments: the full runs, and the quick ones (about a tenth of the time). */
const BENCHES: Array<{ name: BenchName; full: string[]; quick: string[] }> = [
  // The build is made once below; first-load still builds the empty Next page itself, in the same run.
  { name: 'first-load', full: ['--no-build'], quick: ['--no-build'] },
  { name: 'proxy', full: [], quick: ['--iterations', '1000', '--warmup', '200'] },
  { name: 'proxy-http', full: [], quick: ['--duration', '3', '--rounds', '2'] },
  { name: 'list', full: [], quick: ['--runs', '3'] },
  { name: 'palette', full: [], quick: ['--runs', '3'] },
  { name: 'lighthouse', full: ['--runs', '3'], quick: ['--runs', '1'] },
  { name: 'load', full: [], quick: ['--duration', '5', '--connections', '20,5'] },
  { name: 'build-log', full: [], quick: ['--lines', '5000'] },
  { name: 'emulator', full: [], quick: ['--sandboxes', '2000', '--runs', '100'] },
  { name: 'standalone', full: [], quick: ['--runs', '2'] },
];

const distDir = process.env.NEXT_DIST_DIR || '.next-bench';
const env = { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' };

function build(): void {
  if (args['no-build'] && existsSync(path.join(distDir, 'BUILD_ID'))) {
    console.log(`Reusing the build in ${distDir}.`);
    return;
  }
  console.log(`Building the app into ${distDir}…`);
  const result = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Runs `npm run bench:<name> -- … --json`, echoing its output; resolves with that output and its exit code. */
function runBench(name: BenchName, benchArgs: string[]): Promise<{ output: string; code: number }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', `bench:${name}`, '--', ...benchArgs, '--json'], {
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    });
    child.on('close', (code) => resolve({ output, code: code ?? 1 }));
  });
}

async function main(): Promise<void> {
  const only = args.only?.split(',');
  const benches = BENCHES.filter((bench) => !only || only.includes(bench.name));
  build();
  const results: BenchResults = {};
  const failed: string[] = [];
  const loads: string[] = [];
  for (const bench of benches) {
    const benchArgs = args.quick ? bench.quick : bench.full;
    console.log(
      `\n=== bench:${bench.name} ${benchArgs.join(' ')} (load average ${loadavg()[0]!.toFixed(1)})`,
    );
    const started = performance.now();
    const { output, code } = await runBench(bench.name, benchArgs);
    results[bench.name] = parseBenchJson(output);
    // A missed goal also exits 1; only a benchmark that gave no figures counts as failed.
    if (!results[bench.name]) failed.push(`bench:${bench.name} (exit ${code}, no BENCH_JSON line)`);
    loads.push(
      `${bench.name} ${((performance.now() - started) / 1000).toFixed(0)} s, load ${loadavg()[0]!.toFixed(1)}`,
    );
  }

  const rows = benchRows(
    results,
    benches.map((bench) => bench.name),
  );
  console.log(
    `\nIssue #12 figures (${args.quick ? 'QUICK runs: rough figures' : 'full runs'}; build ${distDir}; ` +
      `${cpus().length} CPUs; per benchmark: ${loads.join('; ')})\n`,
  );
  console.log(formatTable(rows));
  if (failed.length) console.log(`\nGave no figures: ${failed.join(', ')}`);
  if (failed.length || rows.some((row) => row.met === false)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
