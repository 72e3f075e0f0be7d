/**
 * What the build log viewer does with the lines of ./build-log: filter them (text and stream), measure how far
 * into the build each came, and write them to a `.log` file.
 *
 * Formatting lives in lib/format/time: `formatElapsedClock(lineOffsetMs(line, lines[0]))` is a line's clock
 * ("1:02:03"), `formatExecDuration` a whole build's duration ("1m 05s").
 */
import { BUILD_LOG_STREAMS, type BuildLogStream } from '@/lib/contract/statuses';
import { toEpochMs } from '@/lib/format/time';
import type { BuildLogLine } from './build-log';

/**
 * The stream a line is filtered under: its own when known; anything else the platform sent (a stream name
 * newer than this console) counts as `system`, since it is not the build's own output.
 */
export function streamOf(line: BuildLogLine): BuildLogStream {
  return (BUILD_LOG_STREAMS as readonly string[]).includes(line.stream)
    ? (line.stream as BuildLogStream)
    : 'system';
}

export type LogFilter = {
  /** Text to find, case-insensitive; blank finds everything. */
  query?: string;
  /** The streams to show; absent shows all three. */
  streams?: ReadonlySet<BuildLogStream>;
};

/** True when the filter hides nothing. */
export function isFilterEmpty(filter: LogFilter): boolean {
  return (
    (filter.query ?? '').trim() === '' &&
    (filter.streams === undefined || BUILD_LOG_STREAMS.every((stream) => filter.streams?.has(stream)))
  );
}

/**
 * The lines the filter shows, in order, each keeping its `index` (so line numbers stay the build's). With an
 * empty filter, `lines` itself comes back (no copy of a 20,000-line array on every render).
 */
export function filterLogLines(lines: readonly BuildLogLine[], filter: LogFilter): readonly BuildLogLine[] {
  if (isFilterEmpty(filter)) return lines;
  // A case-insensitive regular expression: no lowercased copy of every line on every keystroke.
  const query = (filter.query ?? '').trim();
  const pattern = query === '' ? undefined : new RegExp(query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'iu');
  const { streams } = filter;
  return lines.filter(
    (line) =>
      (streams === undefined || streams.has(streamOf(line))) &&
      (pattern === undefined || pattern.test(line.text)),
  );
}

/** How long after `start` the line came, in milliseconds; undefined when either time is unknown. */
export function lineOffsetMs(line: BuildLogLine, start: BuildLogLine | undefined): number | undefined {
  if (line.timestamp === undefined || start?.timestamp === undefined) return undefined;
  const offset = toEpochMs(line.timestamp) - toEpochMs(start.timestamp);
  return Number.isNaN(offset) ? undefined : Math.max(0, offset);
}

/** An RFC 3339 time as ISO 8601 in UTC (`2026-05-01T10:00:00.000Z`); as sent when unreadable; `-` when absent. */
function isoTime(timestamp: string | undefined): string {
  if (timestamp === undefined) return '-';
  const at = toEpochMs(timestamp);
  return Number.isNaN(at) ? timestamp : new Date(at).toISOString();
}

/**
 * The `.log` download: one line per event, `<ISO time> <stream> <text>` (the three stream names are the same
 * width). An event whose text holds line breaks gets the same prefix on each of its lines, so every line of
 * the file says when and where it came from.
 */
export function buildLogText(lines: readonly BuildLogLine[]): string {
  const out: string[] = [];
  for (const line of lines) {
    const prefix = `${isoTime(line.timestamp)} ${line.stream}`;
    for (const part of line.text.replace(/\r?\n$/, '').split(/\r\n|\r|\n/)) {
      out.push(part === '' ? prefix : `${prefix} ${part}`);
    }
  }
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}

/** `acme-python-env-build-1a2b3c4d.log`: the template's name made file-safe, and the build id's first part. */
export function buildLogFileName(templateName: string, buildId: string): string {
  const name = templateName
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  const build = buildId.replace(/[^A-Za-z0-9]/g, '').slice(0, 8);
  return `${name || 'template'}-build${build ? `-${build}` : ''}.log`;
}
