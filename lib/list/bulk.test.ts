import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_BULK_CONCURRENCY, runBulk, summarizeBulk, type BulkResult } from './bulk';

type Deferred = { resolve: () => void; reject: (error: unknown) => void; signal: AbortSignal };

/** An action whose calls stay pending until the test settles them, so timing is exact, not slept. */
function controllable() {
  const calls = new Map<string, Deferred>();
  let inFlight = 0;
  let maxInFlight = 0;
  const started: string[] = [];
  const action = (item: string, signal: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      started.push(item);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const done = () => inFlight--;
      calls.set(item, {
        resolve: () => (done(), resolve()),
        reject: (error) => (done(), reject(error)),
        signal,
      });
    });
  const call = (item: string): Deferred => {
    const deferred = calls.get(item);
    if (deferred === undefined) throw new Error(`${item} was not started`);
    return deferred;
  };
  return { action, call, started, maxInFlight: () => maxInFlight };
}

/** Lets pending promise callbacks run (workers pick the next item after a settle). */
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => vi.restoreAllMocks());

describe('runBulk', () => {
  it('reports every item ok, in input order even when they land out of order', async () => {
    const c = controllable();
    const run = runBulk(['a', 'b', 'c'], c.action);
    await flush();
    c.call('c').resolve();
    c.call('a').resolve();
    c.call('b').resolve();
    expect(await run).toEqual([
      { item: 'a', status: 'ok' },
      { item: 'b', status: 'ok' },
      { item: 'c', status: 'ok' },
    ]);
  });

  it('never has more than `concurrency` actions in flight, and refills as each lands', async () => {
    const c = controllable();
    const items = ['a', 'b', 'c', 'd', 'e'];
    const run = runBulk(items, c.action, { concurrency: 2 });
    await flush();
    expect(c.started).toEqual(['a', 'b']);
    c.call('b').resolve();
    await flush();
    expect(c.started).toEqual(['a', 'b', 'c']);
    c.call('a').resolve();
    c.call('c').resolve();
    await flush();
    expect(c.started).toEqual(['a', 'b', 'c', 'd', 'e']);
    c.call('d').resolve();
    c.call('e').resolve();
    await run;
    expect(c.maxInFlight()).toBe(2);
  });

  it('runs 4 at a time by default', async () => {
    expect(DEFAULT_BULK_CONCURRENCY).toBe(4);
    const c = controllable();
    const items = Array.from({ length: 10 }, (_, i) => `s${i}`);
    const run = runBulk(items, c.action);
    await flush();
    expect(c.started).toHaveLength(4);
    const settled = new Set<string>();
    while (settled.size < items.length) {
      for (const item of c.started.filter((started) => !settled.has(started))) {
        settled.add(item);
        c.call(item).resolve();
      }
      await flush();
    }
    expect((await run).every((r) => r.status === 'ok')).toBe(true);
    expect(c.maxInFlight()).toBe(4);
  });

  it('runs one at a time, in order, with concurrency 1', async () => {
    const order: string[] = [];
    const results = await runBulk(
      ['x', 'y', 'z'],
      async (item) => {
        order.push(`start ${item}`);
        await flush();
        order.push(`end ${item}`);
      },
      { concurrency: 1 },
    );
    expect(order).toEqual(['start x', 'end x', 'start y', 'end y', 'start z', 'end z']);
    expect(summarizeBulk(results)).toEqual({ ok: 3, failed: 0, cancelled: 0 });
  });

  it('starts no more workers than items', async () => {
    const action = vi.fn(async () => undefined);
    const results = await runBulk(['only'], action, { concurrency: 50 });
    expect(action).toHaveBeenCalledTimes(1);
    expect(results).toEqual([{ item: 'only', status: 'ok' }]);
  });

  it('isolates a failure: the others still run and report, and the error is kept', async () => {
    const boom = new Error('409 conflict');
    const action = vi.fn(async (item: string) => {
      if (item === 'b') throw boom;
    });
    const results = await runBulk(['a', 'b', 'c', 'd'], action, { concurrency: 1 });
    expect(action).toHaveBeenCalledTimes(4);
    expect(results).toEqual([
      { item: 'a', status: 'ok' },
      { item: 'b', status: 'failed', error: boom },
      { item: 'c', status: 'ok' },
      { item: 'd', status: 'ok' },
    ]);
  });

  it('counts a synchronous throw as that item failing', async () => {
    const results = await runBulk([1, 2], (n) => {
      if (n === 1) throw new TypeError('bad');
      return Promise.resolve();
    });
    expect(results.map((r) => r.status)).toEqual(['failed', 'ok']);
    expect(results[0]?.error).toBeInstanceOf(TypeError);
  });

  it('calls onProgress once per item as it lands, with its index', async () => {
    const c = controllable();
    const progress: Array<[string, string, number]> = [];
    const run = runBulk(['a', 'b', 'c'], c.action, {
      onProgress: (result, index) => progress.push([result.item, result.status, index]),
    });
    await flush();
    c.call('b').reject(new Error('nope'));
    await flush();
    expect(progress).toEqual([['b', 'failed', 1]]);
    c.call('c').resolve();
    c.call('a').resolve();
    await run;
    expect(progress).toEqual([
      ['b', 'failed', 1],
      ['c', 'ok', 2],
      ['a', 'ok', 0],
    ]);
  });

  it('keeps going when onProgress throws', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const results = await runBulk(['a', 'b'], async () => undefined, {
      onProgress: () => {
        throw new Error('ui bug');
      },
    });
    expect(results.map((r) => r.status)).toEqual(['ok', 'ok']);
    expect(logged).toHaveBeenCalledTimes(2);
  });

  it('resolves to [] for no items without calling the action', async () => {
    const action = vi.fn(async () => undefined);
    expect(await runBulk([], action)).toEqual([]);
    expect(action).not.toHaveBeenCalled();
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'rejects concurrency %s',
    async (concurrency) => {
      await expect(runBulk(['a'], async () => undefined, { concurrency })).rejects.toThrow(RangeError);
    },
  );

  describe('cancel', () => {
    it('cancels unstarted items at once, hands in-flight ones the signal, and reports what they really did', async () => {
      const c = controllable();
      const controller = new AbortController();
      const progress: string[] = [];
      const run = runBulk(['a', 'b', 'c', 'd', 'e'], c.action, {
        concurrency: 2,
        signal: controller.signal,
        onProgress: (r) => progress.push(`${r.item}:${r.status}`),
      });
      await flush();
      c.call('a').resolve();
      await flush();
      expect(c.started).toEqual(['a', 'b', 'c']);

      controller.abort();
      // The rest are reported before the in-flight ones settle, so the UI updates immediately.
      expect(progress).toEqual(['a:ok', 'd:cancelled', 'e:cancelled']);
      expect(c.call('b').signal.aborted).toBe(true);
      expect(c.call('c').signal.aborted).toBe(true);

      c.call('b').reject(controller.signal.reason); // honoured the signal
      c.call('c').resolve(); // finished anyway: it really happened, so it is 'ok'
      const results = await run;
      expect(c.started).toEqual(['a', 'b', 'c']);
      expect(results.map((r) => `${r.item}:${r.status}`)).toEqual([
        'a:ok',
        'b:cancelled',
        'c:ok',
        'd:cancelled',
        'e:cancelled',
      ]);
      expect(progress).toHaveLength(5);
    });

    it('counts a fetch-style AbortError as cancelled, and any other error after a cancel as failed', async () => {
      const c = controllable();
      const controller = new AbortController();
      const run = runBulk(['a', 'b'], c.action, { signal: controller.signal });
      await flush();
      controller.abort(new Error('user pressed cancel'));
      c.call('a').reject(new DOMException('The operation was aborted.', 'AbortError'));
      c.call('b').reject(new Error('500 internal_error'));
      expect((await run).map((r) => r.status)).toEqual(['cancelled', 'failed']);
    });

    it('treats an AbortError without a cancel as a failure', async () => {
      const results = await runBulk(['a'], async () => {
        throw new DOMException('timed out', 'AbortError');
      });
      expect(results[0]?.status).toBe('failed');
    });

    it('starts nothing when the signal is already aborted', async () => {
      const action = vi.fn(async () => undefined);
      const onProgress = vi.fn();
      const results = await runBulk(['a', 'b'], action, { signal: AbortSignal.abort(), onProgress });
      expect(action).not.toHaveBeenCalled();
      expect(results).toEqual([
        { item: 'a', status: 'cancelled' },
        { item: 'b', status: 'cancelled' },
      ]);
      expect(onProgress).toHaveBeenCalledTimes(2);
    });

    it('ignores an abort after the run has finished', async () => {
      const controller = new AbortController();
      const onProgress = vi.fn();
      const results = await runBulk(['a'], async () => undefined, { signal: controller.signal, onProgress });
      controller.abort();
      expect(results).toEqual([{ item: 'a', status: 'ok' }]);
      expect(onProgress).toHaveBeenCalledTimes(1);
    });

    it('gives actions a live signal even when the caller passes none', async () => {
      const seen: AbortSignal[] = [];
      await runBulk(['a'], async (_item, signal) => {
        seen.push(signal);
      });
      expect(seen[0]).toBeInstanceOf(AbortSignal);
      expect(seen[0]?.aborted).toBe(false);
    });
  });
});

describe('summarizeBulk', () => {
  it('counts each status', () => {
    const results: BulkResult<string>[] = [
      { item: 'a', status: 'ok' },
      { item: 'b', status: 'failed', error: new Error('x') },
      { item: 'c', status: 'ok' },
      { item: 'd', status: 'cancelled' },
    ];
    expect(summarizeBulk(results)).toEqual({ ok: 2, failed: 1, cancelled: 1 });
    expect(summarizeBulk([])).toEqual({ ok: 0, failed: 0, cancelled: 0 });
  });
});
