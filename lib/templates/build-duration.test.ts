import { describe, expect, test } from 'vitest';
import { buildDurationMs } from './build-duration';

describe('buildDurationMs', () => {
  test('from the start to the end of a finished build', () => {
    expect(
      buildDurationMs({ started_at: '2026-05-01T10:00:00Z', finalized_at: '2026-05-01T10:01:05.500Z' }),
    ).toBe(65_500);
  });

  test('a build cancelled before it started counts from its creation', () => {
    expect(
      buildDurationMs({ created_at: '2026-05-01T10:00:00Z', finalized_at: '2026-05-01T10:00:02Z' }),
    ).toBe(2000);
  });

  test('a running build counts to now, or is unknown without one', () => {
    const start = '2026-05-01T10:00:00Z';
    expect(buildDurationMs({ started_at: start }, Date.parse(start) + 3000)).toBe(3000);
    expect(buildDurationMs({ started_at: start })).toBeUndefined();
  });

  test('unreadable or missing times give undefined; a clock behind gives 0, never negative', () => {
    expect(buildDurationMs({})).toBeUndefined();
    expect(buildDurationMs({ started_at: 'soon', finalized_at: '2026-05-01T10:00:00Z' })).toBeUndefined();
    expect(
      buildDurationMs({ started_at: '2026-05-01T10:00:05Z', finalized_at: '2026-05-01T10:00:00Z' }),
    ).toBe(0);
  });
});
