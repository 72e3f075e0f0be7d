import { describe, expect, it } from 'vitest';
import {
  LIFETIME_URGENT_MS,
  formatAbsoluteTime,
  formatCountdown,
  formatRelativeTime,
  isLifetimeUrgent,
  lifetimeEnd,
  lifetimeStatus,
} from './lifetime';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

describe('lifetimeEnd', () => {
  it('adds the timeout to the creation time', () => {
    expect(lifetimeEnd('2026-05-01T10:00:00Z', 3600)?.toISOString()).toBe('2026-05-01T11:00:00.000Z');
    expect(lifetimeEnd('2026-05-01T10:00:00+02:00', 1)?.toISOString()).toBe('2026-05-01T08:00:01.000Z');
    expect(lifetimeEnd(new Date('2026-05-01T00:00:00Z'), 604_800)?.toISOString()).toBe(
      '2026-05-08T00:00:00.000Z',
    );
    expect(lifetimeEnd(Date.UTC(2026, 4, 1), 60)?.toISOString()).toBe('2026-05-01T00:01:00.000Z');
  });

  it('reads RFC 3339 times with nanosecond fractions', () => {
    expect(lifetimeEnd('2026-05-01T10:00:00.123456789Z', 10)?.toISOString()).toBe('2026-05-01T10:00:10.123Z');
  });

  it('is null without a lifetime cap or with unreadable input', () => {
    expect(lifetimeEnd('2026-05-01T10:00:00Z', undefined)).toBeNull();
    expect(lifetimeEnd('2026-05-01T10:00:00Z', null)).toBeNull();
    expect(lifetimeEnd('2026-05-01T10:00:00Z', 0)).toBeNull();
    expect(lifetimeEnd('2026-05-01T10:00:00Z', -5)).toBeNull();
    expect(lifetimeEnd('2026-05-01T10:00:00Z', Number.NaN)).toBeNull();
    expect(lifetimeEnd('2026-05-01T10:00:00Z', Number.POSITIVE_INFINITY)).toBeNull();
    expect(lifetimeEnd('yesterday-ish', 60)).toBeNull();
    expect(lifetimeEnd(new Date('nope'), 60)).toBeNull();
  });
});

describe('formatCountdown', () => {
  it.each([
    // ended, on both sides of zero
    [-5 * M, 'ended'],
    [0, 'ended'],
    [Number.NaN, 'ended'],
    [1, 'ends in 1s'], // rounded up: never "0s" while time is left
    [999, 'ends in 1s'],
    [S, 'ends in 1s'],
    [S + 1, 'ends in 2s'],
    [45 * S, 'ends in 45s'],
    // seconds → minutes
    [59 * S, 'ends in 59s'],
    [59 * S + 1, 'ends in 1m 00s'],
    [M, 'ends in 1m 00s'],
    [4 * M + 5 * S, 'ends in 4m 05s'],
    [10 * M, 'ends in 10m 00s'],
    // minutes → hours
    [H - S, 'ends in 59m 59s'],
    [H - 1, 'ends in 1h 00m'],
    [H, 'ends in 1h 00m'],
    [H + 59 * S, 'ends in 1h 00m'], // the smaller unit is truncated
    [3 * H + 12 * M + 30 * S, 'ends in 3h 12m'],
    [3 * H + 5 * M, 'ends in 3h 05m'],
    // hours → days
    [D - S, 'ends in 23h 59m'],
    [D, 'ends in 1d 0h'],
    [2 * D + 4 * H + 59 * M, 'ends in 2d 4h'],
    [7 * D, 'ends in 7d 0h'],
    [400 * D, 'ends in 400d 0h'],
  ])('%d ms → %s', (ms, label) => {
    expect(formatCountdown(ms)).toBe(label);
  });
});

describe('isLifetimeUrgent', () => {
  it('is true under 10 minutes and false from 10 minutes up', () => {
    expect(LIFETIME_URGENT_MS).toBe(10 * M);
    expect(isLifetimeUrgent(10 * M - 1)).toBe(true);
    expect(isLifetimeUrgent(10 * M)).toBe(false);
    expect(isLifetimeUrgent(3 * H)).toBe(false);
    expect(isLifetimeUrgent(1)).toBe(true);
  });

  it('stays true once ended, and is false for NaN', () => {
    expect(isLifetimeUrgent(0)).toBe(true);
    expect(isLifetimeUrgent(-M)).toBe(true);
    expect(isLifetimeUrgent(Number.NaN)).toBe(false);
  });
});

describe('lifetimeStatus', () => {
  const created = '2026-05-01T10:00:00Z';

  it('combines the end, the remaining time, the label and the urgency', () => {
    const status = lifetimeStatus(created, 3600, '2026-05-01T10:50:30Z');
    expect(status).toEqual({
      endsAt: new Date('2026-05-01T11:00:00Z'),
      msRemaining: 9 * M + 30 * S,
      label: 'ends in 9m 30s',
      urgent: true,
    });
    expect(lifetimeStatus(created, 3600, Date.parse('2026-05-01T10:50:00Z'))).toMatchObject({
      label: 'ends in 10m 00s',
      urgent: false,
    });
  });

  it('reports an ended lifetime', () => {
    expect(lifetimeStatus(created, 60, new Date('2026-05-01T10:01:00Z'))).toMatchObject({
      msRemaining: 0,
      label: 'ended',
      urgent: true,
    });
  });

  it('is null without a cap or with an unreadable now', () => {
    expect(lifetimeStatus(created, undefined, Date.now())).toBeNull();
    expect(lifetimeStatus(created, 60, 'later')).toBeNull();
  });
});

describe('formatRelativeTime', () => {
  const now = Date.parse('2026-05-10T12:00:00Z');
  const ago = (ms: number) => formatRelativeTime(now - ms, now);

  it.each([
    [0, 'just now'],
    [999, 'just now'],
    [S, '1 s ago'],
    [4 * S, '4 s ago'],
    [59 * S + 999, '59 s ago'],
    [M, '1 min ago'],
    [3 * M + 59 * S, '3 min ago'],
    [H - 1, '59 min ago'],
    [H, '1 h ago'],
    [2 * H, '2 h ago'],
    [D - 1, '23 h ago'],
    [D, 'yesterday'],
    [2 * D - 1, 'yesterday'],
    [2 * D, '2 days ago'],
    [7 * D - 1, '6 days ago'],
    [7 * D, '1 wk ago'],
    [29 * D, '4 wk ago'],
    [30 * D, '1 mo ago'],
    [364 * D, '12 mo ago'],
    [365 * D, '1 yr ago'],
    [800 * D, '2 yr ago'],
  ])('%d ms ago → %s', (ms, text) => {
    expect(ago(ms)).toBe(text);
  });

  it('calls a future time under a minute away "just now" (clock skew)', () => {
    expect(ago(-1)).toBe('just now');
    expect(ago(-59 * S)).toBe('just now');
  });

  it('phrases farther future times forward', () => {
    expect(ago(-M)).toBe('in 1 min');
    expect(ago(-3 * H)).toBe('in 3 h');
    expect(ago(-D)).toBe('tomorrow');
    expect(ago(-3 * D)).toBe('in 3 days');
  });

  it('accepts strings, numbers and Dates for both arguments', () => {
    expect(formatRelativeTime('2026-05-10T11:57:00Z', '2026-05-10T12:00:00Z')).toBe('3 min ago');
    expect(formatRelativeTime(new Date('2026-05-10T10:00:00Z'), new Date(now))).toBe('2 h ago');
  });

  it('gives a dash for an unreadable date', () => {
    expect(formatRelativeTime('not a date', now)).toBe('—');
    expect(formatRelativeTime(now, Number.NaN)).toBe('—');
    expect(formatRelativeTime(Number.POSITIVE_INFINITY, now)).toBe('—');
  });
});

describe('formatAbsoluteTime', () => {
  it('shows date, time to the second and the zone', () => {
    expect(formatAbsoluteTime('2026-05-01T10:00:05Z', { timeZone: 'UTC' })).toBe(
      'May 1, 2026, 10:00:05 AM UTC',
    );
    expect(formatAbsoluteTime('2026-05-01T10:00:05Z', { timeZone: 'Asia/Tokyo' })).toBe(
      'May 1, 2026, 7:00:05 PM GMT+9',
    );
  });

  it('honours the locale', () => {
    expect(formatAbsoluteTime(Date.UTC(2026, 4, 1, 13, 4, 5), { locale: 'en-GB', timeZone: 'UTC' })).toBe(
      '1 May 2026, 13:04:05 UTC',
    );
  });

  it('gives a dash for an unreadable date', () => {
    expect(formatAbsoluteTime('garbage')).toBe('—');
    expect(formatAbsoluteTime(new Date(Number.NaN))).toBe('—');
  });
});
