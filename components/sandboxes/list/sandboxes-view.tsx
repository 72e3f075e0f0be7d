'use client';

import Link from 'next/link';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useCan } from '@/components/account/actor-context';
import { PageHeader } from '@/components/layout/page-header';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PlusIcon } from '@/components/ui/icons';
import { useTemplates } from '@/lib/client/templates';
import { keepOnPage, pageSelection, toggleAllOnPage, toggleOne } from '@/lib/list/bulk-plan';
import {
  addMetadataFilter,
  clearFilters,
  hasActiveFilters,
  listHref,
  removeMetadataFilter,
  toggleSort,
  type SortField,
} from '@/lib/list/filters';
import type { MetadataChip } from '@/lib/list/row-summary';
import type { LifecycleAction } from '@/lib/sandbox/actions';
import { BulkBar } from './bulk-bar';
import { BulkProgress } from './bulk-progress';
import { NoSandboxesYet, NothingMatches } from './empty-states';
import { ListToolbar } from './list-toolbar';
import { LoadFailed, RefreshFailedAlert } from './load-failures';
import { Pager } from './pager';
import { activeChipKey } from './row-cells';
import { useBulkRun, type BulkTarget } from './use-bulk-run';
import { useListState } from './use-list-state';
import { usePrefetchListView, useSandboxList } from './use-sandbox-list';
import { SandboxTable, SandboxTableSkeleton } from './sandbox-table';
import { LazyDeleteSandboxDialog } from '../lazy-delete-sandbox-dialog';
import { useSandboxAccess } from '../use-sandbox-access';

function countLabel(count: number, filtered: boolean): string {
  if (filtered) {
    if (count === 0) return 'No sandbox matches the filters';
    return count === 1
      ? '1 sandbox matches the filters'
      : `${count.toLocaleString('en')} sandboxes match the filters`;
  }
  return count === 1 ? '1 sandbox' : `${count.toLocaleString('en')} sandboxes`;
}

/**
 * The `/sandboxes` page: filters in the URL, live updates, paging, selection and bulk actions. What a role can't
 * use is left out: a viewer gets the same list without "New sandbox", checkboxes or bulk actions.
 */
export function SandboxesView() {
  const { state, navigate, update } = useListState(usePrefetchListView());
  const { query, page, pending: isPending } = useSandboxList(state, navigate);
  const { error, isFetching, isPlaceholderData, refetch, dataUpdatedAt } = query;
  // Started with the list, not after it: the table's Template column names come from here.
  useTemplates();
  const bulk = useBulkRun();
  const { selectable } = useSandboxAccess();
  const canCreate = useCan('sandbox.create');
  const [confirmDelete, setConfirmDelete] = useState<readonly BulkTarget[] | null>(null);

  // Selection belongs to one view: a new filter, sort or page starts with nothing selected.
  const viewKey = listHref({ ...state, refresh: 'off' });
  const [selection, setSelection] = useState({ viewKey, ids: new Set<string>() as ReadonlySet<string> });
  if (selection.viewKey !== viewKey) setSelection({ viewKey, ids: new Set() });

  const rows = useMemo(() => page?.rows ?? [], [page]);
  const pageIds = useMemo(() => rows.map((row) => row.id), [rows]);
  const selected = keepOnPage(selection.ids, pageIds);
  const selectedRows = rows.filter((row) => selected.has(row.id));
  const filtered = hasActiveFilters(state);

  const setIds = useCallback(
    (change: (ids: ReadonlySet<string>) => ReadonlySet<string>) =>
      setSelection((current) => ({ ...current, ids: change(current.ids) })),
    [],
  );
  const onToggle = useCallback((id: string) => setIds((ids) => toggleOne(ids, id)), [setIds]);
  // Stable for the memoised rows: they read the latest view through a ref instead of re-rendering with it.
  const latest = useRef(state);
  useLayoutEffect(() => {
    latest.current = state;
  });
  const onChip = useCallback(
    (chip: MetadataChip) => {
      const current = latest.current;
      const active = current.metadata.some((f) => f.key === chip.key && f.value === chip.value);
      navigate(active ? removeMetadataFilter(current, chip.key) : addMetadataFilter(current, chip));
    },
    [navigate],
  );
  const onSort = useCallback((field: SortField) => navigate(toggleSort(latest.current, field)), [navigate]);
  // The same set while the filters are the same, whatever else in the URL changed.
  const chipKeys = JSON.stringify(state.metadata.map(activeChipKey));
  const activeChips = useMemo(() => new Set<string>(JSON.parse(chipKeys) as string[]), [chipKeys]);

  async function startBulk(action: LifecycleAction, targets: readonly BulkTarget[]) {
    const results = await bulk.start(action, targets);
    // What worked leaves the selection; what failed or was cancelled stays selected, ready for another try.
    const done = new Set(results.filter((r) => r.status === 'ok').map((r) => r.item.id));
    setIds((ids) => new Set([...ids].filter((id) => !done.has(id))));
  }

  function onBulkAction(action: LifecycleAction) {
    if (action === 'delete') setConfirmDelete(selectedRows);
    else void startBulk(action, selectedRows);
  }

  return (
    <>
      <PageHeader
        title="Sandboxes"
        description={
          page
            ? `${countLabel(page.total, filtered)} · isolated Firecracker microVMs for running code.`
            : 'Isolated Firecracker microVMs for running code.'
        }
        actions={
          canCreate ? (
            <Link href="/sandboxes/new" className={buttonClasses()}>
              <PlusIcon />
              New sandbox
            </Link>
          ) : null
        }
      />

      {page && error ? (
        <RefreshFailedAlert
          what="sandboxes"
          error={error}
          onRetry={() => void refetch()}
          retrying={isFetching}
        />
      ) : null}

      <Card className="overflow-hidden">
        <ListToolbar
          state={state}
          navigate={navigate}
          update={update}
          refreshing={isFetching}
          updatedAt={dataUpdatedAt}
          onRefresh={() => void refetch()}
        />
        {bulk.run ? <BulkProgress run={bulk.run} onCancel={bulk.cancel} onDismiss={bulk.dismiss} /> : null}
        {selectable && selectedRows.length > 0 ? (
          <BulkBar
            selected={selectedRows}
            busy={bulk.run?.running ?? false}
            onAction={onBulkAction}
            onClear={() => setIds(() => new Set())}
          />
        ) : null}

        {isPending ? (
          <>
            <p role="status" className="sr-only">
              Loading sandboxes…
            </p>
            <SandboxTableSkeleton />
          </>
        ) : !page ? (
          <LoadFailed what="sandboxes" error={error} onRetry={() => void refetch()} retrying={isFetching} />
        ) : page.total === 0 ? (
          filtered ? (
            <NothingMatches onClear={() => navigate(clearFilters(state))} />
          ) : (
            <NoSandboxesYet canCreate={canCreate} />
          )
        ) : (
          <>
            <SandboxTable
              sandboxes={rows}
              stale={isPlaceholderData}
              selectable={selectable}
              sort={state.sort}
              order={state.order}
              onSort={onSort}
              selected={selected}
              selection={pageSelection(selected, pageIds)}
              onToggle={onToggle}
              onToggleAll={() => setIds((ids) => toggleAllOnPage(ids, pageIds))}
              activeChips={activeChips}
              onChip={onChip}
            />
            <div className="border-line border-t">
              <Pager
                page={state.page}
                pageSize={state.pageSize}
                total={page.total}
                onPage={(next) => update({ page: next })}
                onPageSize={(pageSize) => update({ pageSize })}
              />
              {page.source === 'client' ? (
                <p className="text-fg-subtle px-4 pb-3 text-xs">
                  {state.template !== ''
                    ? 'The API does not filter by template; the browser filters, sorts and pages the full list.'
                    : 'This API does not page or sort; the browser sorts, searches and pages its full answer.'}
                </p>
              ) : null}
            </div>
          </>
        )}
      </Card>

      <LazyDeleteSandboxDialog
        targets={confirmDelete}
        onClose={() => setConfirmDelete(null)}
        onConfirm={(targets) => {
          setConfirmDelete(null);
          void startBulk('delete', targets);
        }}
      />
    </>
  );
}
