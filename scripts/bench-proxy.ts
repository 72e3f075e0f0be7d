/**
 * Proxy overhead on a simple GET against the embedded API: `GET /sandboxes` answered by the embedded API's
 * handler directly, and through the proxy core (allow-list, header filtering, timeout, access_token
 * redaction) with the same handler as its in-process upstream. Both run in one process, interleaved, so they
 * share the machine's noise; the report gives medians and their ratio.
 *
 *   npm run bench:proxy [-- --iterations 5000 --warmup 500]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

import { createEmulator } from '@/lib/emulator';
import { proxyRequest } from '@/lib/server/proxy';
import { EMULATOR_ORIGIN, localUpstream } from '@/lib/server/upstream';

const { values } = parseArgs({
  options: { iterations: { type: 'string', default: '5000' }, warmup: { type: 'string', default: '500' } },
});
const iterations = Number(values.iterations);
const warmup = Number(values.warmup);

const API_KEY = 'bench-key';
const dataDir = mkdtempSync(join(tmpdir(), 'proxy-bench-'));
const emulator = createEmulator({ dataDir, apiKey: API_KEY, seed: true, rateLimit: null });
const deps = {
  config: { mode: 'local' as const, apiUrl: EMULATOR_ORIGIN, apiKey: API_KEY, timeoutMs: 30_000 },
  upstream: localUpstream(emulator),
};

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

  for (let i = 0; i < warmup; i++) {
    await direct();
    await viaProxy();
  }
  const directTimes: number[] = [];
  const proxyTimes: number[] = [];
  // Interleaved, alternating which goes first, so drift (GC, JIT, other processes) hits both alike.
  for (let i = 0; i < iterations; i++) {
    if (i % 2 === 0) {
      directTimes.push(await time(direct));
      proxyTimes.push(await time(viaProxy));
    } else {
      proxyTimes.push(await time(viaProxy));
      directTimes.push(await time(direct));
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
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => {
    emulator.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
