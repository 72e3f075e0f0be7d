/**
 * `npm run bench:standalone`: issue #14's figures for the one artefact, on the production build in NEXT_DIST_DIR
 * (default .next; `npm run build` first):
 * - the size of `<distDir>/standalone`: the server with the node_modules files it loads, and as deployed, with
 *   the browser's assets, public/ and the bundled scripts the postbuild step adds;
 * - the standalone server's start-up: from spawning `node server.js` to the first 200 of /api/health, and to the
 *   first 200 of a page (/sign-in, which renders without a session), median of several runs. Each run starts
 *   from a copy outside the project (as deployed) on a fresh data folder: the first start of a new instance,
 *   migrations and the embedded API's seed included.
 *
 *   npm run bench:standalone [-- --runs 5] [-- --json]
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { freePort, requireBuild } from './lib/app-server';
import { median, printBenchJson } from './lib/bench-json';
import {
  bundleScripts,
  copyStandalone,
  copyStandaloneAssets,
  diskBytes,
  standaloneLayout,
} from './lib/standalone';
import { startStandalone } from './lib/standalone-server';

const { values: args } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, json: { type: 'boolean', default: false } },
});
const runs = Math.max(1, Number(args.runs) || 5);
const mb = (bytes: number) => bytes / 1024 / 1024;

async function timeStart(root: string, dataDir: string): Promise<{ healthMs: number; pageMs: number }> {
  const started = performance.now();
  const server = await startStandalone({
    root,
    port: await freePort(),
    env: { DATA_DIR: dataDir },
    pollMs: 10,
  });
  try {
    let pageMs = Number.NaN;
    // The first page render loads the page's chunks; polled like health, so it counts from the same spawn.
    while (Number.isNaN(pageMs) && performance.now() - started < 60_000) {
      const response = await fetch(`${server.url}/sign-in`);
      await response.arrayBuffer();
      if (response.status === 200) pageMs = performance.now() - started;
    }
    return { healthMs: server.readyMs, pageMs };
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  const distDir = requireBuild();
  const layout = standaloneLayout(distDir);
  if (!existsSync(layout.server)) {
    console.error(`No ${layout.server}: is output: 'standalone' in next.config.mjs?`);
    process.exit(1);
  }
  // A build made by `next build` alone (bench:all, the e2e config) lacks what `npm run build` adds.
  if (!existsSync(layout.static) || !existsSync(layout.usersCli)) {
    copyStandaloneAssets(distDir);
    await bundleScripts(distDir);
  }

  const total = diskBytes(layout.root);
  const assets = diskBytes(layout.static) + (existsSync(layout.public) ? diskBytes(layout.public) : 0);
  const scripts = diskBytes(layout.usersCli) + diskBytes(layout.emulator);
  const nodeModules = diskBytes(path.join(layout.root, 'node_modules'));
  const server = total - assets - scripts;

  const workDir = mkdtempSync(path.join(tmpdir(), 'console-bench-standalone-'));
  const samples: Array<{ healthMs: number; pageMs: number }> = [];
  try {
    const copy = copyStandalone(distDir, path.join(workDir, 'app'));
    for (let run = 0; run < runs; run += 1) {
      samples.push(await timeStart(copy.root, path.join(workDir, `data-${run}`)));
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  const healthMs = median(samples.map((sample) => sample.healthMs));
  const pageMs = median(samples.map((sample) => sample.pageMs));

  console.log(`\nStandalone server (${distDir}; load average ${loadavg()[0]!.toFixed(2)})`);
  console.log(`  ${layout.root}, as deployed: ${mb(total).toFixed(1)} MB`);
  console.log(`    the server (traced):             ${mb(server).toFixed(1).padStart(6)} MB`);
  console.log(`      of which node_modules:         ${mb(nodeModules).toFixed(1).padStart(6)} MB`);
  console.log(`    static/ and public/:             ${mb(assets).toFixed(1).padStart(6)} MB`);
  console.log(`    users.mjs and emulator.mjs:      ${mb(scripts).toFixed(1).padStart(6)} MB`);
  console.log(
    `  start-up, fresh data folder, median of ${runs} (each: ${samples.map((s) => Math.round(s.healthMs)).join(', ')} ms)`,
  );
  console.log(`    spawn → first 200 /api/health:   ${healthMs.toFixed(0).padStart(6)} ms`);
  console.log(`    spawn → first 200 /sign-in:      ${pageMs.toFixed(0).padStart(6)} ms`);

  const round = (value: number, digits: number) => Number(value.toFixed(digits));
  printBenchJson({
    totalMb: round(mb(total), 1),
    serverMb: round(mb(server), 1),
    nodeModulesMb: round(mb(nodeModules), 1),
    assetsMb: round(mb(assets), 1),
    scriptsMb: round(mb(scripts), 1),
    healthMs: round(healthMs, 0),
    pageMs: round(pageMs, 0),
    runs,
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
