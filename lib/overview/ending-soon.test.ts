import { describe, expect, it } from 'vitest';
import { endingSoon, ENDING_SOON_WINDOW_MS } from './ending-soon';

const NOW = Date.parse('2026-12-03T10:00:00Z');
const MIN = 60_000;

/** A sandbox created `ageMin` minutes ago with a lifetime of `lifetimeMin` minutes (none when undefined). */
const sandbox = (id: string, ageMin: number, lifetimeMin?: number) => ({
  id,
  created_at: new Date(NOW - ageMin * MIN).toISOString(),
  timeout_seconds: lifetimeMin === undefined ? undefined : lifetimeMin * 60,
});

describe('ending soon', () => {
  it('keeps lifetimes ending within the hour, soonest first', () => {
    const picked = endingSoon(
      [
        sandbox('later', 10, 65), // ends in 55 min
        sandbox('soon', 50, 55), // ends in 5 min
        sandbox('far', 0, 24 * 60), // ends tomorrow
        sandbox('uncapped', 5),
      ],
      NOW,
    );
    expect(picked.map((entry) => entry.sandbox.id)).toEqual(['soon', 'later']);
    expect(picked[0]?.endsAt).toBe(NOW + 5 * MIN);
  });

  it('includes the window edge and leaves out lifetimes already over', () => {
    const edge = sandbox('edge', 0, 60);
    const ended = sandbox('ended', 30, 30);
    expect(endingSoon([edge, ended], NOW).map((entry) => entry.sandbox.id)).toEqual(['edge']);
    expect(endingSoon([sandbox('just-past', 0, 61)], NOW)).toEqual([]);
    expect(ENDING_SOON_WINDOW_MS).toBe(60 * MIN);
  });

  it('orders ties by id and ignores unreadable dates', () => {
    const picked = endingSoon(
      [sandbox('b', 0, 10), sandbox('a', 0, 10), { id: 'x', created_at: 'not a date', timeout_seconds: 60 }],
      NOW,
    );
    expect(picked.map((entry) => entry.sandbox.id)).toEqual(['a', 'b']);
  });
});
