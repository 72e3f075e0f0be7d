/** Writing build log lines (and waking up anyone streaming them). */
import type { Core } from '../core';
import type { BuildLogRecord, BuildLogStream } from '../store/types';

export const logEventName = (buildId: string): string => `log:${buildId}`;

export function appendBuildLog(
  core: Core,
  buildId: string,
  stream: BuildLogStream,
  text: string,
  final: { status: 'ready' | 'failed' | 'cancelled' } | null = null,
): BuildLogRecord {
  const record = core.builds.appendLog(buildId, {
    timestamp: core.now(),
    stream,
    text,
    finished: final !== null,
    status: final?.status ?? null,
  });
  core.events.emit(logEventName(buildId));
  return record;
}

/** Appends each line of `text` (a command's output) as its own log line. */
export function appendOutput(core: Core, buildId: string, stream: 'stdout' | 'stderr', text: string): void {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (const line of lines) appendBuildLog(core, buildId, stream, line);
}
