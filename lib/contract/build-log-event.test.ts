import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parseBuildLogEvent } from './build-log-event';
import { BuildLogEventSchema } from './template';

/** What the schema makes of `value`: its output, or null when it refuses it. */
function bySchema(value: unknown) {
  const parsed = BuildLogEventSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

const fieldValue = fc.oneof(
  fc.string(),
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.integer(),
  fc.constant({}),
  fc.constant([]),
);
const payload = fc.oneof(
  fc.record(
    {
      timestamp: fieldValue,
      stream: fieldValue,
      text: fieldValue,
      finished: fieldValue,
      status: fieldValue,
      extra: fieldValue,
    },
    { requiredKeys: [] },
  ),
  fieldValue,
);

describe('parseBuildLogEvent', () => {
  it('reads a log line and a final event as the schema does', () => {
    const line = { timestamp: '2026-01-01T00:00:00Z', stream: 'stdout', text: 'hello' };
    const last = { text: null, finished: true, status: 'ready', build_id: 'b1' };
    expect(parseBuildLogEvent(line)).toEqual(bySchema(line));
    expect(parseBuildLogEvent(last)).toEqual({ text: '', finished: true, status: 'ready', build_id: 'b1' });
    expect(parseBuildLogEvent(last)).toEqual(bySchema(last));
  });

  it('refuses what is not an event', () => {
    for (const value of [null, 'text', 3, [], { text: 3 }, { finished: 'yes' }, { stream: {} }]) {
      expect(parseBuildLogEvent(value)).toBeNull();
      expect(bySchema(value)).toBeNull();
    }
  });

  test.prop([payload])('accepts and returns exactly what BuildLogEventSchema does', (value) => {
    expect(parseBuildLogEvent(value)).toEqual(bySchema(value));
  });
});
