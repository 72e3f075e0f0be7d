import { afterEach, describe, expect, it, vi } from 'vitest';

import { readyPollDelay, waitUntilReady } from './wait-until-ready';

afterEach(() => vi.useRealTimers());

describe('readyPollDelay', () => {
  it('starts at 1 s and backs off to 5 s', () => {
    expect([0, 1, 2, 3, 4, 5, 10].map(readyPollDelay)).toEqual([1000, 1500, 2250, 3375, 5000, 5000, 5000]);
  });
});

describe('waitUntilReady', () => {
  it('asks /api/ready until it answers 200, through refused connections and 503s', async () => {
    vi.useFakeTimers();
    const answers: (() => Promise<Response>)[] = [
      () => Promise.reject(new TypeError('Failed to fetch')),
      () => Promise.resolve(new Response('{"status":"shutting_down"}', { status: 503 })),
      () => Promise.resolve(new Response('{"status":"ready"}', { status: 200 })),
    ];
    const fetchImpl = vi.fn(() => answers.shift()!()) as unknown as typeof fetch;
    const ready = waitUntilReady(new AbortController().signal, fetchImpl);
    await vi.advanceTimersByTimeAsync(1000 + 1500 + 2250);
    expect(await ready).toBe(true);
    expect(fetchImpl).toHaveBeenCalledTimes(3);
    expect(fetchImpl).toHaveBeenCalledWith('/api/ready', expect.objectContaining({ cache: 'no-store' }));
  });

  it('gives up quietly when aborted (the page went away)', async () => {
    const abort = new AbortController();
    const fetchImpl = vi.fn() as unknown as typeof fetch;
    const ready = waitUntilReady(abort.signal, fetchImpl);
    abort.abort();
    expect(await ready).toBe(false);
    expect(fetchImpl).not.toHaveBeenCalled();
  });
});
