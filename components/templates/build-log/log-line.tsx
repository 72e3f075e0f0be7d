import { cn } from '@/components/ui/cn';
import { formatClockTime, formatElapsedClock } from '@/lib/format/time';
import type { BuildLogLine } from '@/lib/templates/build-log';
import { lineOffsetMs, streamOf } from '@/lib/templates/build-log-view';

/** How the time column reads: hidden, how far into the build (0:42), or the clock time (14:03:12). */
export type TimestampMode = 'off' | 'elapsed' | 'clock';

/** Every line is one row of this height: fixed, so 20,000 lines are laid out without measuring any. */
export const LOG_ROW_PX = 20;

/**
 * Each stream is told apart by a word in its own column (not by colour alone) and by a style: stderr in red,
 * system lines (the build's own progress) in italic blue.
 */
const STREAM_LOOKS = {
  stdout: { tag: 'out', className: 'text-term-fg' },
  stderr: { tag: 'err', className: 'text-term-err' },
  system: { tag: 'sys', className: 'text-term-sys italic' },
} as const;

function timeText(
  line: BuildLogLine,
  first: BuildLogLine | undefined,
  mode: TimestampMode,
  timeZone: string | undefined,
): string {
  if (mode === 'elapsed') return formatElapsedClock(lineOffsetMs(line, first) ?? Number.NaN);
  // The column's zone is named once, in the Timestamps choice (log-toolbar.tsx), not on every line.
  return line.timestamp === undefined ? '' : formatClockTime(line.timestamp, { timeZone });
}

type LogLineProps = {
  line: BuildLogLine;
  /** The build's first line: elapsed times count from it. */
  first: BuildLogLine | undefined;
  timestamps: TimestampMode;
  /** The zone of the time of day (undefined: the browser's own). */
  timeZone: string | undefined;
  /** Where the virtualiser placed the row. */
  top: number;
};

/** One line: its number in the build, its time, its stream, its text (never wrapped: the log scrolls sideways). */
export function LogLine({ line, first, timestamps, timeZone, top }: LogLineProps) {
  const stream = streamOf(line);
  const look = STREAM_LOOKS[stream];
  return (
    <div
      data-testid="log-line"
      data-stream={stream}
      data-index={line.index}
      className={cn(
        'absolute left-0 flex min-w-full items-center gap-3 pr-3 whitespace-pre',
        stream === 'stderr' && 'bg-term-err/10',
      )}
      style={{ height: LOG_ROW_PX, transform: `translateY(${top}px)` }}
    >
      <span
        aria-hidden="true"
        className="text-term-muted w-14 shrink-0 pl-3 text-right tabular-nums select-none"
      >
        {line.index + 1}
      </span>
      {timestamps === 'off' ? null : (
        <span data-testid="log-time" className="text-term-muted w-16 shrink-0 tabular-nums">
          {timeText(line, first, timestamps, timeZone)}
        </span>
      )}
      <span className={cn('w-7 shrink-0 text-[11px] uppercase select-none', look.className)}>{look.tag}</span>
      <span data-testid="log-text" className={look.className}>
        {line.text}
      </span>
    </div>
  );
}
