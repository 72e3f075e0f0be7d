import { describe, expect, it } from 'vitest';
import { LIFETIME_URGENT_MS, isLifetimeUrgent, lifetimeEnd, lifetimeStatus } from './lifetime';

const S = 1000;
const M = 60 * S;
const H = 60 * M;

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
