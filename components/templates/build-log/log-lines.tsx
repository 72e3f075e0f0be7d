'use client';

import { useVirtualizer } from '@tanstack/react-virtual';
import { ChevronDownIcon } from '@/components/ui/icons';
import type { BuildLogLine } from '@/lib/templates/build-log';
import { LOG_ROW_PX, LogLine, type TimestampMode } from './log-line';
import { useFollowEnd } from './use-follow-end';

type LogLinesProps = {
  lines: readonly BuildLogLine[];
  /** Changes whenever `lines` does (it is mutated in place). */
  version: number;
  first: BuildLogLine | undefined;
  timestamps: TimestampMode;
  /** The zone of the time of day (undefined: the browser's own). */
  timeZone: string | undefined;
  /** Said in the box when there is no line to show. */
  empty: string;
};

/**
 * The scrolling log. Only the rows in view (and a few either side) are in the DOM, so a 20,000-line build
 * scrolls and streams as lightly as a short one. The box is focusable, so the keyboard scrolls it.
 */
export function LogLines({ lines, version, first, timestamps, timeZone, empty }: LogLinesProps) {
  const { ref, following, jump } = useFollowEnd(`${version}:${lines.length}`);
  // The rule warns that React Compiler would skip this component; this app doesn't use the compiler, and the
  // lines are mutated in place, so nothing here may be memoised anyway.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => ref.current,
    estimateSize: () => LOG_ROW_PX,
    overscan: 24,
  });

  return (
    <div className="relative">
      <div
        ref={ref}
        role="region"
        aria-label="Build log"
        aria-describedby="build-log-help"
        // Scrollable output must be reachable by keyboard to be scrolled (axe: scrollable-region-focusable).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        data-testid="build-log"
        className="bg-term text-term-fg focus-visible:outline-ring h-[26rem] overflow-auto py-2 font-mono text-[12.5px] focus-visible:outline-2 focus-visible:-outline-offset-2"
      >
        {lines.length === 0 ? (
          <p className="text-term-muted px-3 italic">{empty}</p>
        ) : (
          <div className="relative" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const line = lines[item.index];
              return line ? (
                <LogLine
                  key={line.index}
                  line={line}
                  first={first}
                  timestamps={timestamps}
                  timeZone={timeZone}
                  top={item.start}
                />
              ) : null;
            })}
          </div>
        )}
      </div>
      <p id="build-log-help" className="sr-only">
        Follows the newest line while the build runs; scroll up to stop following.
      </p>
      {following ? null : (
        <button
          type="button"
          onClick={jump}
          className="rounded-control bg-accent text-accent-fg hover:bg-accent-hover shadow-overlay focus-visible:outline-term-fg absolute right-4 bottom-3 inline-flex items-center gap-1.5 px-3 py-1.5 text-xs font-medium focus-visible:outline-2 focus-visible:outline-offset-2"
        >
          <ChevronDownIcon className="size-3.5" />
          Jump to latest
        </button>
      )}
    </div>
  );
}
