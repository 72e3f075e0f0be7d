'use client';

import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { runBulk, type BulkResult, type BulkStatus } from '@/lib/list/bulk';
import { sandboxKeys } from '@/lib/client/query-keys';
import {
  deleteSandboxIfPresent,
  pauseSandbox,
  removeCachedSandbox,
  resumeSandbox,
  updateCachedSandbox,
} from '@/lib/client/sandbox-actions';
import { planBulk } from '@/lib/list/bulk-plan';
import { describeActionFailure, type LifecycleAction } from '@/lib/sandbox/actions';

export type BulkTarget = { id: string; name: string; status: string };
export type BulkItem = { id: string; name: string; status: BulkStatus | 'pending'; message?: string };
export type BulkRun = {
  action: LifecycleAction;
  items: BulkItem[];
  skipped: BulkTarget[];
  running: boolean;
  cancelling: boolean;
};

const SEND: Record<LifecycleAction, (id: string) => Promise<unknown>> = {
  pause: (id) => pauseSandbox(id),
  resume: (id) => resumeSandbox(id),
  delete: (id) => deleteSandboxIfPresent(id),
};

/** What the caches learn from one success, so the table shows it before the final refetch. */
function applySuccess(client: QueryClient, action: LifecycleAction, id: string): void {
  if (action === 'delete') removeCachedSandbox(client, id);
  else updateCachedSandbox(client, id, { status: action === 'pause' ? 'pausing' : 'active' });
}

/**
 * One bulk action at a time over the selected rows: bounded concurrency and per-item results (lib/list/bulk), each
 * success shown in the table as it lands, one refetch at the end. A cancel stops what has not been sent; requests
 * already sent are NOT aborted, so every result reported is what the API really did.
 */
export function useBulkRun() {
  const client = useQueryClient();
  const [run, setRun] = useState<BulkRun | null>(null);
  const controller = useRef<AbortController | null>(null);

  const start = useCallback(
    async (action: LifecycleAction, rows: readonly BulkTarget[]): Promise<BulkResult<BulkTarget>[]> => {
      const { targets, skipped } = planBulk(action, rows);
      const abort = new AbortController();
      controller.current = abort;
      setRun({
        action,
        skipped,
        running: true,
        cancelling: false,
        items: targets.map(({ id, name }) => ({ id, name, status: 'pending' })),
      });
      // An older answer still in flight must not repaint a row this run already changed.
      await client.cancelQueries({ queryKey: sandboxKeys.lists() });

      const results = await runBulk(targets, (target) => SEND[action](target.id), {
        signal: abort.signal,
        onProgress: (result, index) => {
          if (result.status === 'ok') applySuccess(client, action, result.item.id);
          const message =
            result.status === 'failed'
              ? describeActionFailure(action, result.error, result.item.status).detail
              : undefined;
          setRun((current) => {
            if (!current) return current;
            const items = current.items.slice();
            const item = items[index];
            if (item) items[index] = { ...item, status: result.status, message };
            return { ...current, items };
          });
        },
      });
      setRun((current) => current && { ...current, running: false });
      controller.current = null;
      void client.invalidateQueries({ queryKey: sandboxKeys.all });
      return results;
    },
    [client],
  );

  const cancel = useCallback(() => {
    controller.current?.abort();
    setRun((current) => current && { ...current, cancelling: true });
  }, []);

  const dismiss = useCallback(() => setRun((current) => (current?.running ? current : null)), []);

  return { run, start, cancel, dismiss };
}
