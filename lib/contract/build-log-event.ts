/**
 * One SSE `data:` payload of a build log, read without zod: the template page's log viewer parses every line with
 * this, and need not carry a schema library for five fields. It accepts exactly what BuildLogEventSchema
 * (./template) accepts and returns the same value (checked side by side in build-log-event.test.ts): an object
 * whose timestamp, stream and status are strings or null, whose text is a string or null (null or absent → ''),
 * whose finished is a boolean or null; other fields are kept, as the API adds them over time.
 */
import type { BuildLogEvent } from './template';

const STRING_FIELDS = ['timestamp', 'stream', 'status'] as const;

const isNullish = (value: unknown) => value === null || value === undefined;

/** The event `value` is, or null when it is not one. */
export function parseBuildLogEvent(value: unknown): BuildLogEvent | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const event = value as Record<string, unknown>;
  for (const field of STRING_FIELDS) {
    if (!isNullish(event[field]) && typeof event[field] !== 'string') return null;
  }
  if (!isNullish(event.text) && typeof event.text !== 'string') return null;
  if (!isNullish(event.finished) && typeof event.finished !== 'boolean') return null;
  // A copy, as a schema's output is: every field of the payload, text made a string.
  return { ...event, text: (event.text as string | null | undefined) ?? '' } as BuildLogEvent;
}
