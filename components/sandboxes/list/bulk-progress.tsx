'use client';

import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { AlertIcon, CheckIcon, XIcon } from '@/components/ui/icons';
import { Spinner } from '@/components/ui/spinner';
import { summarizeBulk } from '@/lib/list/bulk';
import { bulkSummary, plural } from '@/lib/list/bulk-plan';
import { LIFECYCLE_WORDS } from '@/lib/sandbox/actions';
import type { BulkItem, BulkRun } from './use-bulk-run';

function ItemStatus({ item, done }: { item: BulkItem; done: string }) {
  if (item.status === 'pending') {
    return (
      <span className="text-fg-subtle inline-flex items-center gap-1.5">
        <Spinner size="sm" /> Waiting
      </span>
    );
  }
  if (item.status === 'ok') {
    return (
      <span className="text-success-text inline-flex items-center gap-1">
        <CheckIcon /> {done[0]?.toUpperCase() + done.slice(1)}
      </span>
    );
  }
  if (item.status === 'cancelled') return <span className="text-fg-subtle">Cancelled, not sent</span>;
  return (
    <span className="text-danger-text inline-flex items-start gap-1">
      <AlertIcon className="mt-0.5 size-4 shrink-0" /> Failed: {item.message}
    </span>
  );
}

type BulkProgressProps = { run: BulkRun; onCancel: () => void; onDismiss: () => void };

/**
 * A bulk run's progress and each item's own result. Failures stay listed until dismissed; the others are not
 * undone or hidden by them. Only the final summary is announced (a live region per item would be noise).
 */
export function BulkProgress({ run, onCancel, onDismiss }: BulkProgressProps) {
  const words = LIFECYCLE_WORDS[run.action];
  const results = run.items.flatMap((item) =>
    item.status === 'pending' ? [] : [{ item, status: item.status }],
  );
  const landed = results.length;
  const counts = summarizeBulk(results);
  const summary = bulkSummary(run.action, counts, run.skipped.length);
  const percent = run.items.length === 0 ? 100 : Math.round((landed / run.items.length) * 100);

  return (
    <section aria-label="Bulk action" className="border-line border-b px-4 py-3">
      <div className="flex flex-wrap items-center gap-3">
        <h2 className="text-fg text-sm font-semibold">
          {run.running
            ? `${words.doing} ${plural(run.items.length, 'sandbox', 'sandboxes')}… ${landed} of ${run.items.length}`
            : `${words.verb}: done`}
        </h2>
        <p className="text-fg-muted text-sm" role="status">
          {run.running ? (run.cancelling ? 'Cancelling: waiting for requests already sent' : '') : summary}
        </p>
        <div className="ml-auto">
          {run.running ? (
            <Button variant="secondary" size="sm" onClick={onCancel} disabled={run.cancelling}>
              Cancel
            </Button>
          ) : (
            <Button variant="ghost" size="sm" onClick={onDismiss}>
              <XIcon /> Dismiss
            </Button>
          )}
        </div>
      </div>
      <div
        className="bg-surface-hover mt-2 h-1 overflow-hidden rounded-full"
        role="progressbar"
        aria-label={`${words.doing} progress`}
        aria-valuemin={0}
        aria-valuemax={run.items.length}
        aria-valuenow={landed}
      >
        <div
          className={cn('h-full transition-[width]', counts.failed > 0 ? 'bg-danger' : 'bg-accent')}
          style={{ width: `${percent}%` }}
        />
      </div>
      <ul aria-label="Results" className="divide-line mt-2 max-h-48 divide-y overflow-y-auto text-sm">
        {run.items.map((item) => (
          <li key={item.id} className="flex items-start justify-between gap-4 py-1.5">
            <span className="text-fg truncate font-mono text-xs leading-5">{item.name}</span>
            <span className="text-right text-xs leading-5">
              <ItemStatus item={item} done={words.done} />
            </span>
          </li>
        ))}
        {run.skipped.map((item) => (
          <li key={item.id} className="flex items-start justify-between gap-4 py-1.5">
            <span className="text-fg-muted truncate font-mono text-xs leading-5">{item.name}</span>
            <span className="text-fg-subtle text-xs leading-5">Skipped: {words.skipReason}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
