import { describe, expect, it } from 'vitest';
import { lifetimeEndsAt, lifetimeFromSeconds, lifetimeSeconds } from './lifetime';

describe('lifetimeSeconds', () => {
  it('multiplies by the unit', () => {
    expect(lifetimeSeconds({ enabled: true, amount: '30', unit: 'minutes' })).toBe(1800);
    expect(lifetimeSeconds({ enabled: true, amount: '2', unit: 'hours' })).toBe(7200);
    expect(lifetimeSeconds({ enabled: true, amount: '7', unit: 'days' })).toBe(604800);
  });

  it('is undefined when off, empty, fractional, zero or not a number', () => {
    expect(lifetimeSeconds({ enabled: false, amount: '2', unit: 'hours' })).toBeUndefined();
    for (const amount of ['', '1.5', '0', 'abc', '-1']) {
      expect(lifetimeSeconds({ enabled: true, amount, unit: 'hours' })).toBeUndefined();
    }
  });
});

describe('lifetimeFromSeconds', () => {
  it('picks the largest exact unit', () => {
    expect(lifetimeFromSeconds(604800)).toEqual({ enabled: true, amount: '7', unit: 'days' });
    expect(lifetimeFromSeconds(7200)).toEqual({ enabled: true, amount: '2', unit: 'hours' });
    expect(lifetimeFromSeconds(5400)).toEqual({ enabled: true, amount: '90', unit: 'minutes' });
  });

  it('rounds odd second counts up to whole minutes, never shortening the lifetime', () => {
    expect(lifetimeFromSeconds(61)).toEqual({ enabled: true, amount: '2', unit: 'minutes' });
  });

  it('is off for no lifetime', () => {
    expect(lifetimeFromSeconds(undefined).enabled).toBe(false);
    expect(lifetimeFromSeconds(0).enabled).toBe(false);
  });
});

describe('ends at', () => {
  it('adds the lifetime to the start', () => {
    const from = new Date('2026-01-14T10:00:00Z');
    expect(lifetimeEndsAt(3600, from).toISOString()).toBe('2026-01-14T11:00:00.000Z');
  });
});
