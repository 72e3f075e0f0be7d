import { describe, expect, it } from 'vitest';
import {
  formatAbsoluteTime,
  formatCountdown,
  formatDuration,
  formatElapsedClock,
  formatEndsAt,
  formatClockTime,
  formatExecDuration,
  formatRelativeTime,
  formatTimeOfDay,
  timeZoneLabel,
} from './time';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

describe('formatDuration', () => {
  it('shows at most two units', () => {
    expect(formatDuration(90)).toBe('1m 30s');
    expect(formatDuration(3600)).toBe('1h');
    expect(formatDuration(3 * 3600 + 12 * 60 + 5)).toBe('3h 12m');
    expect(formatDuration(604800)).toBe('7d');
    expect(formatDuration(0)).toBe('0s');
  });
  it('rejects nonsense', () => {
    expect(formatDuration(-1)).toBe('—');
    expect(formatDuration(Number.NaN)).toBe('—');
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

describe('formatElapsedClock', () => {
  it('reads as a clock of steady width', () => {
    expect(formatElapsedClock(0)).toBe('0:00');
    expect(formatElapsedClock(7_400)).toBe('0:07');
    expect(formatElapsedClock(59_999)).toBe('0:59');
    expect(formatElapsedClock(754_000)).toBe('12:34');
    expect(formatElapsedClock(3_723_000)).toBe('1:02:03');
    expect(formatElapsedClock(26 * H)).toBe('26:00:00');
  });

  it('is empty for an unknown offset', () => {
    expect(formatElapsedClock(-1)).toBe('');
    expect(formatElapsedClock(Number.NaN)).toBe('');
    expect(formatElapsedClock(Number.POSITIVE_INFINITY)).toBe('');
  });
});

describe('formatExecDuration', () => {
  it('reads naturally at every scale', () => {
    expect(formatExecDuration(0)).toBe('0 ms');
    expect(formatExecDuration(349.6)).toBe('350 ms');
    expect(formatExecDuration(1234)).toBe('1.2 s');
    expect(formatExecDuration(59_990)).toBe('59.9 s');
    expect(formatExecDuration(65_000)).toBe('1m 05s');
    expect(formatExecDuration(-1)).toBe('—');
  });
});

describe('formatEndsAt', () => {
  // 16:05 UTC on Wednesday 14 January 2026 is 01:05 on Thursday the 15th in Tokyo (UTC+9, no daylight saving).
  const at = Date.UTC(2026, 0, 14, 16, 5);

  it('formats weekday, date and time to the minute in UTC, and says so', () => {
    expect(formatEndsAt(at, { locale: 'en-GB', timeZone: 'UTC' })).toBe('Wed 14 Jan, 16:05 UTC');
    expect(formatEndsAt(new Date(at), { timeZone: 'UTC' })).toBe('Wed, Jan 14, 04:05 PM UTC');
  });

  it('moves to the chosen zone, the day included, and names it', () => {
    expect(formatEndsAt(at, { locale: 'en-GB', timeZone: 'Asia/Tokyo' })).toBe('Thu 15 Jan, 01:05 GMT+9');
  });

  it('gives a dash for an unreadable date', () => {
    expect(formatEndsAt(Number.NaN, { timeZone: 'UTC' })).toBe('—');
  });
});

describe('formatTimeOfDay', () => {
  it('gives the time of day with its zone', () => {
    const at = Date.UTC(2026, 0, 14, 16, 5);
    expect(formatTimeOfDay(at, { timeZone: 'UTC' })).toBe('04:05 PM UTC');
    expect(formatTimeOfDay(at, { locale: 'en-GB', timeZone: 'Asia/Tokyo' })).toBe('01:05 GMT+9');
    expect(formatTimeOfDay('nope')).toBe('—');
  });
});

describe('formatClockTime', () => {
  it('gives a 24-hour clock to the second in the chosen zone, and nothing for an unreadable date', () => {
    const at = '2026-01-14T16:05:09Z';
    expect(formatClockTime(at, { timeZone: 'UTC' })).toBe('16:05:09');
    expect(formatClockTime(at, { timeZone: 'Asia/Tokyo' })).toBe('01:05:09');
    expect(formatClockTime('garbage', { timeZone: 'UTC' })).toBe('');
  });
});

describe('timeZoneLabel', () => {
  it("names a zone as the other formats do, following a zone's daylight saving", () => {
    expect(timeZoneLabel(0, { timeZone: 'UTC' })).toBe('UTC');
    expect(timeZoneLabel(0, { timeZone: 'Asia/Tokyo' })).toBe('GMT+9');
    expect(timeZoneLabel(Date.UTC(2026, 0, 1), { timeZone: 'America/New_York' })).toBe('EST');
    expect(timeZoneLabel(Date.UTC(2026, 6, 1), { timeZone: 'America/New_York' })).toBe('EDT');
    expect(timeZoneLabel(Number.NaN, { timeZone: 'UTC' })).toBe('');
  });
});
