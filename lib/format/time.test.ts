import { describe, expect, it } from 'vitest';
import { formatDuration } from './time';

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
