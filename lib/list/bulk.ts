/**
 * Runs one action over many items (pause, resume or delete the selected sandboxes) with bounded concurrency,
 * and reports each item's own result.
 *
 * Why not Promise.all: it stops reporting at the first rejection and starts everything at once. Here one failure
 * neither stops nor hides the others, at most `concurrency` requests are in flight (the API rate-limits per
 * team), and a cancel stops what has not started yet.
 */

export type BulkStatus = 'ok' | 'failed' | 'cancelled';
export type BulkResult<T> = { item: T; status: BulkStatus; error?: unknown };

export type BulkOptions<T> = {
  /** Most actions in flight at once; a positive integer. */
  concurrency?: number;
  /**
   * Cancels the rest: items not yet started become 'cancelled' at once; in-flight actions get this signal and
   * end as 'cancelled' if they reject with it (an AbortError), or as what they really did otherwise.
   */
  signal?: AbortSignal;
  /** Called once per item, as its result lands (not in input order). */
  onProgress?: (result: BulkResult<T>, index: number) => void;
};

export const DEFAULT_BULK_CONCURRENCY = 4;

/** Resolves once every item has a result; the results are in the order of `items`. Never rejects per item. */
export async function runBulk<T>(
  items: readonly T[],
  action: (item: T, signal: AbortSignal) => Promise<unknown>,
  { concurrency = DEFAULT_BULK_CONCURRENCY, signal, onProgress }: BulkOptions<T> = {},
): Promise<BulkResult<T>[]> {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`concurrency must be a positive integer, got ${concurrency}`);
  }
  // Actions always get a signal, so they can pass it to fetch without checking for one.
  const actionSignal = signal ?? new AbortController().signal;
  const results = new Array<BulkResult<T>>(items.length);
  let nextIndex = 0;

  const land = (index: number, result: BulkResult<T>) => {
    results[index] = result;
    reportProgress(onProgress, result, index);
  };
  const cancelRest = () => {
    for (; nextIndex < items.length; nextIndex++)
      land(nextIndex, { item: items[nextIndex] as T, status: 'cancelled' });
  };

  const worker = async () => {
    while (nextIndex < items.length) {
      const index = nextIndex++;
      const item = items[index] as T;
      land(index, await attempt(item, action, actionSignal));
    }
  };

  if (actionSignal.aborted) cancelRest();
  actionSignal.addEventListener('abort', cancelRest, { once: true });
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  } finally {
    actionSignal.removeEventListener('abort', cancelRest);
  }
  return results;
}

/** Counts per status, for a summary like "3 deleted, 1 failed". */
export function summarizeBulk(results: ReadonlyArray<BulkResult<unknown>>): Record<BulkStatus, number> {
  const counts: Record<BulkStatus, number> = { ok: 0, failed: 0, cancelled: 0 };
  for (const { status } of results) counts[status]++;
  return counts;
}

async function attempt<T>(
  item: T,
  action: (item: T, signal: AbortSignal) => Promise<unknown>,
  signal: AbortSignal,
): Promise<BulkResult<T>> {
  try {
    await action(item, signal); // inside try: a synchronous throw is a failure too
    return { item, status: 'ok' };
  } catch (error) {
    return { item, status: isAbort(error, signal) ? 'cancelled' : 'failed', error };
  }
}

/** Only an abort we asked for counts as a cancel; any other error after a cancel is still a failure. */
function isAbort(error: unknown, signal: AbortSignal): boolean {
  if (!signal.aborted) return false;
  return error === signal.reason || (error instanceof Error && error.name === 'AbortError');
}

function reportProgress<T>(
  onProgress: BulkOptions<T>['onProgress'],
  result: BulkResult<T>,
  index: number,
): void {
  try {
    onProgress?.(result, index);
  } catch (error) {
    // A bug in the UI's callback must not leave the remaining sandboxes unprocessed or unreported.
    console.error('runBulk: onProgress threw', error);
  }
}
