'use client';

import { useEffect, useLayoutEffect, useRef } from 'react';
import { cn } from '@/components/ui/cn';
import { Spinner } from '@/components/ui/spinner';
import { useNow } from '@/lib/client/use-now';
import { exitSummary, type ExecRun, type ExitSummary } from '@/lib/detail/exec-session';
import { formatExecDuration } from '@/lib/format/time';

const SUMMARY_TONES: Record<ExitSummary['tone'], string> = {
  success: 'border-emerald-400/30 bg-emerald-400/10 text-emerald-300',
  danger: 'border-red-400/30 bg-red-400/10 text-red-300',
  warning: 'border-amber-400/30 bg-amber-400/10 text-amber-300',
  neutral: 'border-zinc-500/40 bg-zinc-500/10 text-zinc-300',
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
      <span className="inline-flex items-center gap-1.5 text-zinc-300">
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
    <div className="rounded-control overflow-hidden border border-zinc-800 bg-zinc-950 text-[12.5px] text-zinc-100 shadow-inner">
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-zinc-800 px-3 py-2 text-xs">
        <code className="min-w-0 truncate font-mono text-zinc-200" title={run.command}>
          <span aria-hidden="true" className="text-emerald-400 select-none">
            ${' '}
          </span>
          {run.command}
        </code>
        <span className="flex items-center gap-3 text-zinc-400">
          <span className="hidden items-center gap-2 sm:flex" aria-hidden="true">
            <span className="flex items-center gap-1">
              <span className="size-1.5 rounded-full bg-zinc-300" /> stdout
            </span>
            <span className="flex items-center gap-1 text-red-300">
              <span className="size-1.5 rounded-full bg-red-400" /> stderr
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
          <p className="mb-1 font-mono text-zinc-400 italic">
            … {run.trimmedChars.toLocaleString('en-US')} earlier characters not shown
          </p>
        ) : null}
        <pre data-testid="exec-output" className="font-mono leading-relaxed break-words whitespace-pre-wrap">
          {run.chunks.map((chunk, index) => (
            <span
              key={index}
              data-stream={chunk.stream}
              className={chunk.stream === 'stderr' ? 'text-red-300' : undefined}
            >
              {chunk.text}
            </span>
          ))}
        </pre>
        {empty && run.status !== 'connecting' && run.status !== 'running' && !run.error ? (
          <p className="font-mono text-zinc-400 italic">No output</p>
        ) : null}
        {run.error ? (
          <p data-testid="exec-error" className="mt-1 font-sans text-sm text-red-300">
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
