/**
 * The machine-readable line each benchmark prints last with `--json`, and how `npm run bench` reads it back:
 * one line `BENCH_JSON {...}` on stdout, so a benchmark keeps its human report and the aggregator needs no
 * second format or a file to agree on.
 */
export const BENCH_JSON_PREFIX = 'BENCH_JSON ';

/** Whether the benchmark was asked for its JSON line (`--json` anywhere in its arguments). */
export const wantsJson = (argv: readonly string[] = process.argv): boolean => argv.includes('--json');

/** Prints the JSON line (only when `--json` was given). */
export function printBenchJson(
  figures: Record<string, unknown>,
  argv: readonly string[] = process.argv,
): void {
  if (wantsJson(argv)) console.log(`${BENCH_JSON_PREFIX}${JSON.stringify(figures)}`);
}

/** The last `BENCH_JSON` line of a benchmark's output, parsed; undefined when there is none or it is not JSON. */
export function parseBenchJson(output: string): Record<string, unknown> | undefined {
  const line = output
    .split('\n')
    .reverse()
    .find((candidate) => candidate.startsWith(BENCH_JSON_PREFIX));
  if (!line) return undefined;
  try {
    const value: unknown = JSON.parse(line.slice(BENCH_JSON_PREFIX.length));
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The sample at or just above fraction `p` of the sorted samples (p95: 0.95); NaN for none. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;
}

/** The median of some samples (the mean of the middle two for an even count); NaN for none. */
export function median(samples: readonly number[]): number {
  const sorted = samples.filter((n) => Number.isFinite(n)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
