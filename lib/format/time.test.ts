import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDuration, formatRelativeTime } from './time';

const NOW = Date.parse('2026-05-01T12:00:00Z');
const ago = (seconds: number) => new Date(NOW - seconds * 1000).toISOString();

describe('formatRelativeTime', () => {
  it('says "just now" for the last 45 seconds', () => {
    expect(formatRelativeTime(ago(10), NOW)).toBe('just now');
    expect(formatRelativeTime(ago(-10), NOW)).toBe('just now');
  });
  it('picks the largest sensible unit', () => {
    expect(formatRelativeTime(ago(3 * 60), NOW)).toBe('3 minutes ago');
    expect(formatRelativeTime(ago(2 * 3600), NOW)).toBe('2 hours ago');
    expect(formatRelativeTime(ago(26 * 3600), NOW)).toBe('yesterday');
    expect(formatRelativeTime(ago(14 * 86400), NOW)).toBe('2 weeks ago');
    expect(formatRelativeTime(ago(400 * 86400), NOW)).toBe('last year');
  });
  it('handles the future and unreadable input', () => {
    expect(formatRelativeTime(ago(-2 * 3600), NOW)).toBe('in 2 hours');
    expect(formatRelativeTime('not a date', NOW)).toBe('—');
  });
});

describe('formatDateTime', () => {
  it('formats in the given time zone', () => {
    expect(formatDateTime('2026-05-01T12:00:00Z', { timeZone: 'UTC' })).toBe('May 1, 2026, 12:00:00 PM');
    expect(formatDateTime('2026-05-01T12:00:00Z', { timeZone: 'Asia/Tokyo' })).toBe(
      'May 1, 2026, 9:00:00 PM',
    );
  });
  it('shows a dash for an unreadable date', () => {
    expect(formatDateTime('soon')).toBe('—');
  });
});

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
