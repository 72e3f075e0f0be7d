'use client';

import Link from 'next/link';
import { useCan } from '@/components/account/actor-context';
import { PageHeader } from '@/components/layout/page-header';
import { NothingMatches } from '@/components/sandboxes/list/empty-states';
import { LoadFailed, RefreshFailedAlert } from '@/components/sandboxes/list/load-failures';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PlusIcon } from '@/components/ui/icons';
import { clearTemplateFilters, hasTemplateFilters } from '@/lib/templates/list-state';
import { NoOwnTemplatesYet, NoTemplatesYet } from './empty-states';
import { TemplateFilters } from './template-filters';
import { TemplateTable, TemplateTableSkeleton } from './template-table';
import { useTemplateListState } from './use-template-list-state';
import { useTemplateRows } from './use-template-rows';
import { TEMPLATES_DESCRIPTION } from './view-fallback';

function countLabel(count: number, filtered: boolean): string {
  const templates = count === 1 ? '1 template' : `${count} templates`;
  if (!filtered) return templates;
  if (count === 0) return 'No template matches the filters';
  return `${templates} ${count === 1 ? 'matches' : 'match'} the filters`;
}

/**
 * The `/templates` page: filters in the URL, refresh, and each template's facts and actions. What a role can't
 * use is left out: a viewer gets the same list without "New template" or any write in the row menus.
 */
export function TemplatesView() {
  const { state, update } = useTemplateListState();
  const { query, rows, hasOwn, refresh } = useTemplateRows(state);
  const { error, isPending, isFetching, isPlaceholderData, refetch, dataUpdatedAt } = query;
  const canCreate = useCan('template.create');
  const filtered = hasTemplateFilters(state);
  // Only the kind filter set to "own": an empty answer means the team has none yet, not "nothing matches".
  const onlyOwn = state.kind === 'own' && state.namePrefix === '' && state.status === 'all';
  const firstRun = hasOwn === false && state.namePrefix === '' && state.status === 'all';

  return (
    <>
      <PageHeader
        title="Templates"
        description={
          rows ? `${countLabel(rows.length, filtered)} · ${TEMPLATES_DESCRIPTION}` : TEMPLATES_DESCRIPTION
        }
        actions={
          canCreate ? (
            <Link href="/templates/new" className={buttonClasses()}>
              <PlusIcon />
              New template
            </Link>
          ) : null
        }
      />

      {rows && error ? (
        <RefreshFailedAlert
          what="templates"
          error={error}
          onRetry={() => void refetch()}
          retrying={isFetching}
        />
      ) : null}

      <Card className="overflow-hidden">
        <TemplateFilters
          state={state}
          update={update}
          refreshing={isFetching}
          updatedAt={dataUpdatedAt}
          onRefresh={refresh}
        />
        {isPending ? (
          <>
            <p role="status" className="sr-only">
              Loading templates…
            </p>
            <TemplateTableSkeleton />
          </>
        ) : !rows ? (
          <LoadFailed what="templates" error={error} onRetry={() => void refetch()} retrying={isFetching} />
        ) : rows.length === 0 ? (
          onlyOwn && firstRun ? (
            <NoOwnTemplatesYet canCreate={canCreate} />
          ) : filtered ? (
            <NothingMatches
              onClear={() => update(clearTemplateFilters(state))}
              description="No template matches these filters. Remove a filter or clear them all."
            />
          ) : (
            <NoTemplatesYet canCreate={canCreate} />
          )
        ) : (
          <>
            <TemplateTable rows={rows} stale={isPlaceholderData} />
            {firstRun && state.kind === 'all' ? <NoOwnTemplatesYet canCreate={canCreate} compact /> : null}
          </>
        )}
      </Card>
    </>
  );
}
