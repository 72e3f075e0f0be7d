/**
 * First-load JavaScript per route, gzipped, divided by an empty Next page built the same way in the same run.
 *
 *   npm run bench:first-load                      # builds the project (.next-first-load) and the empty page
 *   NEXT_DIST_DIR=.next-form npm run bench:first-load -- --no-build /sandboxes/new /sandboxes
 *                                                 # an existing build; the empty page is still built afresh
 *   npm run bench:first-load -- --json            # also a last line `BENCH_JSON {...}` for `npm run bench`
 *
 * Next writes `<distDir>/diagnostics/route-bundle-stats.json` (the chunks each route loads before it is
 * interactive). Each chunk is gzipped here (zlib default level, as a web server would). The yardstick is an
 * empty page (scripts/lib/empty-next-page.ts) built with this project's Next and browserslist, so the ratio says
 * what the project adds over Next itself, whatever Next version or target the project is on.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildEmptyNextPage } from './lib/empty-next-page';

type RouteStats = { route: string; firstLoadUncompressedJsBytes: number; firstLoadChunkPaths: string[] };

/** The issue #12 goals: first-load JS ÷ the empty page. Routes without one are reported all the same. */
const GOALS: Record<string, number> = {
  '/sandboxes': 1.3,
  '/sandboxes/new': 1.5,
  '/sandboxes/[id]': 1.5,
};

const args = process.argv.slice(2);
const reuseBuild = args.includes('--no-build');
const json = args.includes('--json');
const wanted = args.filter((arg) => !arg.startsWith('--'));
const distDir = process.env.NEXT_DIST_DIR || (reuseBuild ? '.next' : '.next-first-load');

function readStats(dir: string): RouteStats[] {
  const file = path.join(dir, 'diagnostics', 'route-bundle-stats.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as RouteStats[];
  } catch (error) {
    console.error(`Cannot read ${file} (${(error as Error).message}). Run a production build first.`);
    process.exit(1);
  }
}

const gzipCache = new Map<string, { raw: number; gzip: number }>();
/** A chunk's size; its path is as Next wrote it, relative to the folder the build ran for. */
function chunkSize(chunk: string, appDir: string): { raw: number; gzip: number } {
  const file = path.resolve(appDir, chunk);
  let size = gzipCache.get(file);
  if (!size) {
    const bytes = readFileSync(file);
    size = { raw: bytes.length, gzip: gzipSync(bytes).length };
    gzipCache.set(file, size);
  }
  return size;
}
const sum = (chunks: string[], appDir: string, key: 'raw' | 'gzip') =>
  chunks.reduce((total, chunk) => total + chunkSize(chunk, appDir)[key], 0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

if (!reuseBuild) {
  console.log(`Building the project into ${distDir}…`);
  const build = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
} else if (!existsSync(path.join(distDir, 'BUILD_ID'))) {
  console.error(`No production build in ${distDir}.`);
  process.exit(1);
}

console.log('Building the empty Next page…');
const emptyDist = buildEmptyNextPage();
const emptyApp = path.dirname(emptyDist);
const emptyRoute = readStats(emptyDist).find((s) => s.route === '/');
if (!emptyRoute) {
  console.error(`The empty page's build has no "/" route in ${emptyDist}.`);
  process.exit(1);
}
const baseline = sum(emptyRoute.firstLoadChunkPaths, emptyApp, 'gzip');

const stats = readStats(distDir).filter((s) => s.route !== '/_not-found');
const routes = wanted.length > 0 ? stats.filter((s) => wanted.includes(s.route)) : stats;
for (const route of wanted) {
  if (!stats.some((s) => s.route === route)) console.error(`No such route in the build: ${route}`);
}
// Chunks every page route loads (framework, React, the root layout): the project's shared baseline.
const shared = stats
  .map((s) => new Set(s.firstLoadChunkPaths))
  .reduce((common, set) => new Set([...common].filter((chunk) => set.has(chunk))));
const projectDir = process.cwd();

const nextVersion = (
  JSON.parse(readFileSync('node_modules/next/package.json', 'utf8')) as { version: string }
).version;
const [load1] = loadavg();
console.log(`\nFirst-load JS, gzipped (${distDir}; Next ${nextVersion}; load average ${load1?.toFixed(2)})`);
console.log(
  `  empty Next page:      ${kb(baseline).padStart(9)}  (${kb(sum(emptyRoute.firstLoadChunkPaths, emptyApp, 'raw'))} raw)`,
);
console.log(`  shared by every route: ${kb(sum([...shared], projectDir, 'gzip')).padStart(7)}`);
console.log(`  ${'route'.padEnd(20)} ${'total'.padStart(9)}   ratio  goal    own (not shared)`);
/** What --json prints, per route: gzipped KB (one decimal, as in the table), the ratio and its goal if any. */
const summary: Record<string, { kb: number; ratio: number; goal: number | null }> = {};
const round = (value: number, digits: number) => Number(value.toFixed(digits));
for (const { route, firstLoadChunkPaths } of routes.sort((a, b) => a.route.localeCompare(b.route))) {
  const total = sum(firstLoadChunkPaths, projectDir, 'gzip');
  const own = sum(
    firstLoadChunkPaths.filter((chunk) => !shared.has(chunk)),
    projectDir,
    'gzip',
  );
  const ratio = total / baseline;
  const goal = GOALS[route];
  summary[route] = { kb: round(total / 1024, 1), ratio: round(ratio, 2), goal: goal ?? null };
  const verdict = goal === undefined ? '' : ratio <= goal ? ' ok' : ' over';
  console.log(
    `  ${route.padEnd(20)} ${kb(total).padStart(9)}  ${ratio.toFixed(2).padStart(5)}×  ` +
      `${goal === undefined ? '  –  ' : `≤${goal.toFixed(2)}`}${verdict.padEnd(5)} ${kb(own).padStart(9)}`,
  );
}
if (json) {
  // One line, last, for the `npm run bench` aggregator: `BENCH_JSON ` and a JSON object.
  const result = {
    benchmark: 'first-load',
    nextVersion,
    loadAverage: round(load1 ?? 0, 2),
    emptyPageKb: round(baseline / 1024, 1),
    sharedKb: round(sum([...shared], projectDir, 'gzip') / 1024, 1),
    routes: summary,
  };
  console.log(`BENCH_JSON ${JSON.stringify(result)}`);
}
