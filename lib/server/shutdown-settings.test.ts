import { describe, expect, it } from 'vitest';

import { DEFAULT_SHUTDOWN_GRACE_MS, parseShutdownGrace } from './shutdown-settings';

describe('SHUTDOWN_GRACE_MS', () => {
  it('defaults to 10 s when unset or blank', () => {
    expect(parseShutdownGrace(undefined)).toEqual({ graceMs: DEFAULT_SHUTDOWN_GRACE_MS });
    expect(parseShutdownGrace('  ')).toEqual({ graceMs: 10_000 });
  });

  it('takes whole milliseconds, 0 (no waiting) to 10 minutes', () => {
    expect(parseShutdownGrace('0')).toEqual({ graceMs: 0 });
    expect(parseShutdownGrace(' 2500 ')).toEqual({ graceMs: 2500 });
    expect(parseShutdownGrace('600000')).toEqual({ graceMs: 600_000 });
  });

  it('names the setting for a bad value, without echoing it', () => {
    for (const bad of ['10s', '-1', '1.5', 'ten', '1e4']) {
      const result = parseShutdownGrace(bad);
      expect(result).toEqual({
        problem: expect.stringContaining('SHUTDOWN_GRACE_MS must be a whole number'),
      });
    }
    expect(parseShutdownGrace('600001')).toEqual({ problem: expect.stringContaining('at most 600000') });
  });
});
