import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { PRUNE_EVERY_MS, startRetention } from './retention';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2025, 5, 1);

describe('audit retention', () => {
  beforeEach(() => vi.useFakeTimers({ now: NOW }));
  afterEach(() => vi.useRealTimers());

  it('prunes at start-up, then every hour, everything older than the retention', async () => {
    const cutoffs: number[] = [];
    const retention = startRetention({ prune: async (cutoff) => (cutoffs.push(cutoff), 3) }, { days: 90 });
    expect(await retention.first).toBe(3);
    expect(cutoffs).toEqual([NOW - 90 * DAY]);

    await vi.advanceTimersByTimeAsync(PRUNE_EVERY_MS);
    expect(cutoffs).toEqual([NOW - 90 * DAY, NOW + PRUNE_EVERY_MS - 90 * DAY]);

    retention.stop();
    await vi.advanceTimersByTimeAsync(3 * PRUNE_EVERY_MS);
    expect(cutoffs).toHaveLength(2);
  });

  it('logs a failed prune and tries again at the next hour', async () => {
    const log: string[] = [];
    let calls = 0;
    const retention = startRetention(
      {
        prune: async () => {
          calls += 1;
          if (calls === 1) throw new Error('database is locked');
          return 0;
        },
      },
      { days: 7, log: (line) => log.push(line) },
    );
    expect(await retention.first).toBe(0);
    expect(log).toEqual(['[audit] pruning records older than 7 days failed: database is locked']);
    await vi.advanceTimersByTimeAsync(PRUNE_EVERY_MS);
    expect(calls).toBe(2);
    retention.stop();
  });
});
