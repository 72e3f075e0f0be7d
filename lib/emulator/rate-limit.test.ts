import { afterEach, describe, expect, test } from 'vitest';

import { startTestApi, testClock } from './test-helpers';
import type { TestApi } from './test-helpers';

let api: TestApi;
afterEach(() => api?.dispose());

describe('rate limiter', () => {
  test('is off by default', async () => {
    api = startTestApi();
    for (let i = 0; i < 150; i++) {
      const res = await api.call('GET', '/sandboxes');
      expect(res.status).toBe(200);
      expect(res.headers.get('ratelimit-limit')).toBeNull();
    }
  });

  test('beyond the burst answers 429 rate_limited with Retry-After and RateLimit headers, then refills', async () => {
    const clock = testClock();
    api = startTestApi({ now: clock.now, rateLimit: { perSecond: 2, burst: 3 } });
    const ok = await api.call('GET', '/sandboxes');
    expect(ok.headers.get('ratelimit-limit')).toBe('3');
    expect(ok.headers.get('ratelimit-remaining')).toBe('2');
    await api.call('GET', '/sandboxes');
    await api.call('GET', '/sandboxes');
    const limited = await api.json('GET', '/sandboxes');
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual({
      error: { code: 'rate_limited', message: expect.stringMatching(/retry/i) },
    });
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(limited.headers.get('ratelimit-remaining')).toBe('0');
    expect(Number(limited.headers.get('ratelimit-reset'))).toBeGreaterThan(0);

    clock.advance(500);
    expect((await api.call('GET', '/sandboxes')).status).toBe(200);
    expect((await api.call('GET', '/sandboxes')).status).toBe(429);
  });

  test('health is never limited', async () => {
    api = startTestApi({ rateLimit: { perSecond: 1, burst: 1 } });
    await api.call('GET', '/sandboxes');
    expect((await api.call('GET', '/sandboxes')).status).toBe(429);
    for (let i = 0; i < 5; i++) expect((await api.handle(new Request('http://x/health'))).status).toBe(200);
  });
});
