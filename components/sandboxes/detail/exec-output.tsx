'use client';

import { useEffect, useLayoutEffect, useRef } from 'react';
import { cn } from '@/components/ui/cn';
import { Spinner } from '@/components/ui/spinner';
import { useNow } from '@/lib/client/use-now';
import { exitSummary, type ExecRun, type ExitSummary } from '@/lib/detail/exec-session';
import { formatExecDuration } from '@/lib/format/time';

const SUMMARY_TONES: Record<ExitSummary['tone'], string> = {
  success: 'border-term-ok/30 bg-term-ok/10 text-term-ok',
  danger: 'border-term-err/30 bg-term-err/10 text-term-err',
  warning: 'border-term-warn/30 bg-term-warn/10 text-term-warn',
  neutral: 'border-term-muted/40 bg-term-muted/10 text-term-fg',
};

/** Seconds ticking while the command runs, the final duration once it ended. */
function Duration({ run }: { run: ExecRun }) {
  const now = useNow(100);
  const end = run.endedAt ?? now ?? run.startedAt;
  return <span className="tabular-nums">{formatExecDuration(end - run.startedAt)}</span>;
}

function RunState({ run }: { run: ExecRun }) {
  const summary = exitSummary(run);
  if (!summary) {
    return (
      <span className="text-term-fg inline-flex items-center gap-1.5">
        <Spinner size="sm" />
        {run.status === 'connecting' ? 'Starting…' : 'Running…'}
      </span>
    );
  }
  return (
    <span
      data-testid="exec-exit"
      className={cn('rounded-full border px-2 py-0.5 font-medium', SUMMARY_TONES[summary.tone])}
    >
      {summary.label}
    </span>
  );
}

/** What a screen reader hears: the start and the end of a run, not every chunk of output. */
function announcement(run: ExecRun): string {
  const summary = exitSummary(run);
  if (!summary) return `Running ${run.command}`;
  return run.error
    ? `${summary.label}: ${run.error}`
    : `${summary.label} after ${formatExecDuration((run.endedAt ?? run.startedAt) - run.startedAt)}`;
}

/** Keeps the newest output in view while it streams, unless the reader scrolled up to look at older lines. */
function useStickToBottom(deps: unknown) {
  const ref = useRef<HTMLDivElement>(null);
  const pinned = useRef(true);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const onScroll = () => {
      pinned.current = element.scrollHeight - element.scrollTop - element.clientHeight < 24;
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => element.removeEventListener('scroll', onScroll);
  }, []);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element && pinned.current) element.scrollTop = element.scrollHeight;
  }, [deps]);
  return ref;
}

/** The terminal pane: the command, its output with stderr in red, then how it ended and how long it took. */
export function ExecOutput({ run }: { run: ExecRun }) {
  const scroller = useStickToBottom(run.chunks);
  const empty = run.chunks.length === 0;
  return (
    <div className="rounded-control border-term-line bg-term text-term-fg overflow-hidden border text-[12.5px] shadow-inner">
      <div className="border-term-line flex flex-wrap items-center justify-between gap-2 border-b px-3 py-2 text-xs">
        <code className="text-term-fg min-w-0 truncate font-mono" title={run.command}>
          <span aria-hidden="true" className="text-term-ok select-none">
            ${' '}
          </span>
          {run.command}
        </code>
        <span className="text-term-muted flex items-center gap-3">
          <span className="hidden items-center gap-2 sm:flex" aria-hidden="true">
            <span className="flex items-center gap-1">
              <span className="bg-term-fg size-1.5 rounded-full" /> stdout
            </span>
            <span className="text-term-err flex items-center gap-1">
              <span className="bg-term-err size-1.5 rounded-full" /> stderr
            </span>
          </span>
          <Duration run={run} />
          <RunState run={run} />
        </span>
      </div>
      <div
        ref={scroller}
        role="region"
        aria-label="Command output"
        // Scrollable output must be reachable by keyboard to be scrolled (axe: scrollable-region-focusable).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        className="max-h-[26rem] min-h-28 overflow-auto px-3 py-2.5"
      >
        {run.trimmedChars > 0 ? (
          <p className="text-term-muted mb-1 font-mono italic">
            … {run.trimmedChars.toLocaleString('en-US')} earlier characters not shown
          </p>
        ) : null}
        <pre data-testid="exec-output" className="font-mono leading-relaxed break-words whitespace-pre-wrap">
          {run.chunks.map((chunk, index) => (
            <span
              key={index}
              data-stream={chunk.stream}
              className={chunk.stream === 'stderr' ? 'text-term-err' : undefined}
            >
              {chunk.text}
            </span>
          ))}
        </pre>
        {empty && run.status !== 'connecting' && run.status !== 'running' && !run.error ? (
          <p className="text-term-muted font-mono italic">No output</p>
        ) : null}
        {run.error ? (
          <p data-testid="exec-error" className="text-term-err mt-1 font-sans text-sm">
            {run.error}
          </p>
        ) : null}
      </div>
      <p role="status" className="sr-only">
        {announcement(run)}
      </p>
    </div>
  );
}
