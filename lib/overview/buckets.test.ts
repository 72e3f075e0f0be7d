import { describe, expect, it } from 'vitest';
import { bucketLabel, bucketsSummary, createdPhrase } from './bucket-labels';
import { bucketCreations, zonedDayStart, zonedHourStart } from './buckets';

const at = (iso: string) => Date.parse(iso);
const counts = (buckets: { count: number }[]) => buckets.map((bucket) => bucket.count);
const keys = (buckets: { key: string }[]) => buckets.map((bucket) => bucket.key);

describe('day buckets', () => {
  it('are the last 7 calendar days in the zone, oldest first, empty ones zero', () => {
    const now = at('2026-12-03T10:00:00Z');
    const buckets = bucketCreations(
      ['2026-12-03T09:59:00Z', '2026-12-03T00:00:00Z', '2026-12-01T12:00:00Z', '2026-11-27T00:00:00Z'],
      { unit: 'day', now, timeZone: 'UTC' },
    );
    expect(keys(buckets)).toEqual([
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
    ]);
    expect(counts(buckets)).toEqual([1, 0, 0, 0, 1, 0, 2]);
    expect(buckets[0]?.start).toBe(at('2026-11-27T00:00:00Z'));
  });

  it('leaves out what is older than the window, later than now, or unreadable', () => {
    const now = at('2026-12-03T10:00:00Z');
    const buckets = bucketCreations(
      ['2026-11-26T23:59:59Z', '2026-12-03T10:00:01Z', 'garbage', at('2026-12-02T08:00:00Z')],
      { unit: 'day', now, timeZone: 'UTC' },
    );
    expect(counts(buckets)).toEqual([0, 0, 0, 0, 0, 1, 0]);
  });

  it('follow the zone: the same instant is a different day in Tokyo and Los Angeles', () => {
    const now = at('2026-12-03T10:00:00Z'); // 19:00 on Dec 3 in Tokyo, 02:00 on Dec 3 in Los Angeles
    const created = ['2026-12-02T20:00:00Z']; // Dec 3 05:00 in Tokyo, Dec 2 12:00 in Los Angeles
    const tokyo = bucketCreations(created, { unit: 'day', now, timeZone: 'Asia/Tokyo' });
    const la = bucketCreations(created, { unit: 'day', now, timeZone: 'America/Los_Angeles' });
    expect(tokyo.at(-1)).toMatchObject({ key: '2026-12-03', count: 1 });
    expect(la.at(-2)).toMatchObject({ key: '2026-12-02', count: 1 });
    expect(tokyo[6]?.start).toBe(at('2026-12-02T15:00:00Z'));
    expect(la[6]?.start).toBe(at('2026-12-03T08:00:00Z'));
  });

  it('stay one per calendar day across daylight saving (a 25-hour and a 23-hour day)', () => {
    const zone = 'America/New_York';
    // Clocks fell back on Sunday 2025-11-02 (25 hours long): 00:30 EDT and 23:30 EST are both that day.
    const fall = bucketCreations(['2025-11-02T04:30:00Z', '2025-11-03T04:30:00Z', '2025-11-03T05:30:00Z'], {
      unit: 'day',
      now: at('2025-11-04T12:00:00Z'),
      timeZone: zone,
    });
    expect(keys(fall).slice(-3)).toEqual(['2025-11-02', '2025-11-03', '2025-11-04']);
    expect(counts(fall).slice(-3)).toEqual([2, 1, 0]);
    expect(fall.at(-3)?.start).toBe(at('2025-11-02T04:00:00Z'));
    expect(fall.at(-2)?.start).toBe(at('2025-11-03T05:00:00Z'));
    // Clocks sprang forward on 2026-03-08 (23 hours long).
    const spring = bucketCreations(['2026-03-08T05:00:00Z', '2026-03-09T03:59:00Z'], {
      unit: 'day',
      now: at('2026-03-09T12:00:00Z'),
      timeZone: zone,
    });
    expect(keys(spring).slice(-3)).toEqual(['2026-03-07', '2026-03-08', '2026-03-09']);
    expect(counts(spring).slice(-3)).toEqual([0, 2, 0]);
    expect(new Set(keys(spring)).size).toBe(7);
  });

  it('start when the clock first shows the day where midnight is skipped', () => {
    // Santiago moved from 00:00 -04 straight to 01:00 -03 on 2025-09-07.
    expect(zonedDayStart('2025-09-07', 'America/Santiago')).toBe(at('2025-09-07T04:00:00Z'));
    expect(zonedDayStart('2025-09-08', 'America/Santiago')).toBe(at('2025-09-08T03:00:00Z'));
  });
});

describe('hour buckets', () => {
  it('are the last 24 hours ending with the current one', () => {
    const now = at('2026-12-03T10:20:00Z');
    const buckets = bucketCreations(
      ['2026-12-03T10:05:00Z', '2026-12-03T09:59:59Z', '2026-12-02T11:00:00Z'],
      {
        unit: 'hour',
        now,
        timeZone: 'UTC',
      },
    );
    expect(buckets).toHaveLength(24);
    expect(buckets[0]?.start).toBe(at('2026-12-02T11:00:00Z'));
    expect(buckets.at(-1)?.start).toBe(at('2026-12-03T10:00:00Z'));
    expect(buckets.at(-1)?.count).toBe(1);
    expect(buckets.at(-2)?.count).toBe(1);
    expect(buckets[0]?.count).toBe(1);
    expect(counts(buckets).reduce((a, b) => a + b)).toBe(3);
  });

  it("follow a zone's half-hour offset", () => {
    expect(zonedHourStart(at('2026-12-03T10:20:00Z'), 'Asia/Kolkata')).toBe(at('2026-12-03T09:30:00Z'));
    expect(zonedHourStart(at('2026-12-03T10:40:00Z'), 'Asia/Kolkata')).toBe(at('2026-12-03T10:30:00Z'));
  });

  it('keep both of the hours a fall-back repeats', () => {
    const buckets = bucketCreations(['2025-11-02T05:10:00Z', '2025-11-02T06:10:00Z'], {
      unit: 'hour',
      now: at('2025-11-02T08:00:00Z'),
      timeZone: 'America/New_York',
    });
    const ones = buckets.filter((bucket) => bucket.count === 1);
    expect(ones).toHaveLength(2);
    const labels = ones.map((bucket) => bucketLabel(bucket, 'hour', 'axis', 'America/New_York'));
    expect(labels).toEqual(['01:00', '01:00']);
    expect(ones.map((bucket) => bucketLabel(bucket, 'hour', 'full', 'America/New_York'))).toEqual([
      'Nov 2, 01:00 EDT',
      'Nov 2, 01:00 EST',
    ]);
  });
});

describe('labels', () => {
  it('name a day by its calendar date, whatever the zone', () => {
    const bucket = { key: '2026-12-03', start: at('2026-12-02T15:00:00Z') };
    expect(bucketLabel(bucket, 'day', 'axis', 'Asia/Tokyo')).toBe('Thu 3');
    expect(bucketLabel(bucket, 'day', 'full', 'Asia/Tokyo')).toBe('Thursday, December 3');
  });

  it('name an hour on the zone’s clock', () => {
    const bucket = { key: 'x', start: at('2026-12-03T10:00:00Z') };
    expect(bucketLabel(bucket, 'hour', 'axis', 'UTC')).toBe('10:00');
    expect(bucketLabel(bucket, 'hour', 'axis', 'Asia/Tokyo')).toBe('19:00');
    expect(bucketLabel(bucket, 'hour', 'full', 'UTC')).toBe('Dec 3, 10:00 UTC');
  });

  it('sum the buckets up in one sentence', () => {
    const buckets = bucketCreations(
      ['2026-12-01T12:00:00Z', '2026-12-01T13:00:00Z', '2026-12-03T01:00:00Z'],
      {
        unit: 'day',
        now: at('2026-12-03T10:00:00Z'),
        timeZone: 'UTC',
      },
    );
    expect(bucketsSummary(buckets, 'day', 'UTC')).toBe(
      '3 sandboxes created in the last 7 days; the most, 2, on Tuesday, December 1.',
    );
    expect(
      bucketsSummary(
        buckets.map((b) => ({ ...b, count: 0 })),
        'hour',
        'UTC',
      ),
    ).toBe('No sandboxes created in the last 7 hours.');
    expect(createdPhrase(1)).toBe('1 sandbox created');
  });
});
