'use client';

import { Button } from '@/components/ui/button';
import { RefreshIcon } from '@/components/ui/icons';
import type { HistoryEntry } from '@/lib/detail/exec-history';

type ExecHistoryListProps = {
  history: readonly HistoryEntry[];
  /** Put the entry back in the form, to edit it before running. */
  onPick: (entry: HistoryEntry) => void;
  onRerun: (entry: HistoryEntry) => void;
  onClear: () => void;
  /** While a command runs nothing else can start. */
  disabled: boolean;
};

function options(entry: HistoryEntry): string {
  const parts = [];
  if (entry.working_dir) parts.push(`in ${entry.working_dir}`);
  if (entry.timeout_s !== undefined) parts.push(`${entry.timeout_s}s timeout`);
  return parts.join(' · ');
}

/** The commands run in this sandbox during this browser session, newest first. */
export function ExecHistoryList({ history, onPick, onRerun, onClear, disabled }: ExecHistoryListProps) {
  if (history.length === 0) return null;
  return (
    <section aria-labelledby="exec-history-heading" className="flex flex-col gap-2">
      <div className="flex items-center justify-between gap-2">
        <h3 id="exec-history-heading" className="text-fg-muted text-xs font-medium tracking-wide uppercase">
          This session
        </h3>
        <Button variant="ghost" size="sm" onClick={onClear} className="h-7 px-2 text-xs">
          Clear history
        </Button>
      </div>
      <ul className="border-line divide-line rounded-control max-h-56 divide-y overflow-auto border">
        {history.map((entry, index) => (
          <li key={`${index}-${entry.command}`} className="group flex items-center gap-2 px-2 py-1">
            <button
              type="button"
              onClick={() => onPick(entry)}
              title="Put this command in the command line"
              className="rounded-control hover:bg-surface-hover min-w-0 flex-1 px-1.5 py-1 text-left"
            >
              <code className="text-fg block truncate font-mono text-xs">{entry.command}</code>
              {options(entry) ? <span className="text-fg-subtle block text-xs">{options(entry)}</span> : null}
            </button>
            <Button
              variant="ghost"
              size="sm"
              disabled={disabled}
              onClick={() => onRerun(entry)}
              aria-label={`Run again: ${entry.command}`}
              className="h-7 shrink-0 px-2 text-xs"
            >
              <RefreshIcon className="size-3.5" />
              Run again
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
