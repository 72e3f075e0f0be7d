/**
 * First-load JavaScript per route, gzipped, from a production build's own bundle report.
 *
 *   npm run build && npm run bench:first-load                 # every route
 *   NEXT_DIST_DIR=.next-form npm run bench:first-load -- /sandboxes/new /sandboxes
 *
 * Next writes `<distDir>/diagnostics/route-bundle-stats.json` (the chunks each route loads before it is
 * interactive). Each chunk is gzipped here (zlib default level, as a web server would), and the JS shared by
 * every route is reported apart, so a route's own cost is visible.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

type RouteStats = { route: string; firstLoadUncompressedJsBytes: number; firstLoadChunkPaths: string[] };

const distDir = process.env.NEXT_DIST_DIR || '.next';
const statsFile = path.join(distDir, 'diagnostics', 'route-bundle-stats.json');

function readStats(): RouteStats[] {
  try {
    return JSON.parse(readFileSync(statsFile, 'utf8')) as RouteStats[];
  } catch (error) {
    console.error(`Cannot read ${statsFile} (${(error as Error).message}). Run a production build first.`);
    process.exit(1);
  }
}

const gzipCache = new Map<string, { raw: number; gzip: number }>();
function chunkSize(chunk: string): { raw: number; gzip: number } {
  let size = gzipCache.get(chunk);
  if (!size) {
    const bytes = readFileSync(chunk);
    size = { raw: bytes.length, gzip: gzipSync(bytes).length };
    gzipCache.set(chunk, size);
  }
  return size;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const sum = (chunks: string[], key: 'raw' | 'gzip') =>
  chunks.reduce((total, c) => total + chunkSize(c)[key], 0);

const stats = readStats().filter((s) => s.route !== '/_not-found');
const wanted = process.argv.slice(2);
const routes = wanted.length > 0 ? stats.filter((s) => wanted.includes(s.route)) : stats;
for (const route of wanted) {
  if (!stats.some((s) => s.route === route)) console.error(`No such route in the build: ${route}`);
}

// Chunks every page route loads (framework, React, the root layout): the shared baseline.
const shared = stats
  .map((s) => new Set(s.firstLoadChunkPaths))
  .reduce((common, set) => new Set([...common].filter((chunk) => set.has(chunk))));
const sharedChunks = [...shared];

console.log(`First-load JS (${distDir}), gzipped:`);
console.log(
  `  shared by every route: ${kb(sum(sharedChunks, 'gzip'))} (${kb(sum(sharedChunks, 'raw'))} raw)`,
);
for (const { route, firstLoadChunkPaths } of routes.sort((a, b) => a.route.localeCompare(b.route))) {
  const own = firstLoadChunkPaths.filter((chunk) => !shared.has(chunk));
  console.log(
    `  ${route.padEnd(20)} ${kb(sum(firstLoadChunkPaths, 'gzip')).padStart(9)} total` +
      `  (${kb(sum(own, 'gzip'))} of its own; ${kb(sum(firstLoadChunkPaths, 'raw'))} raw)`,
  );
}
