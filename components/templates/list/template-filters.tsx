'use client';

import { useCallback } from 'react';
import { RefreshControl } from '@/components/sandboxes/list/refresh-control';
import { ActiveFilterChip, ActiveFilterList } from '@/components/sandboxes/list/active-filters';
import { SearchBox } from '@/components/sandboxes/list/search-box';
import { Select } from '@/components/ui/select';
import {
  TEMPLATE_KINDS,
  TEMPLATE_STATUS_FILTERS,
  clearTemplateFilters,
  hasTemplateFilters,
  normalizeNamePrefix,
  type TemplateKind,
  type TemplateListState,
  type TemplateStatusFilter,
} from '@/lib/templates/list-state';
import { templateStatusLook } from '../template-status-badge';

const KIND_WORDS: Record<TemplateKind, string> = {
  all: 'System and own',
  system: 'System templates',
  own: 'Own templates',
};

type TemplateFiltersProps = {
  state: TemplateListState;
  update: (changes: Partial<TemplateListState>, options?: { replace?: boolean }) => void;
  refreshing: boolean;
  updatedAt: number;
  onRefresh: () => void;
};

/** The name prefix, status and kind filters, the refresh controls, and what is filtered right now. */
export function TemplateFilters({ state, update, refreshing, updatedAt, onRefresh }: TemplateFiltersProps) {
  // The first keystroke gets its own history entry (Back returns to the unfiltered list); the rest replace it.
  const onPrefix = useCallback(
    (text: string) => update({ namePrefix: normalizeNamePrefix(text) }, { replace: state.namePrefix !== '' }),
    [update, state.namePrefix],
  );

  return (
    <div className="border-line flex flex-col gap-3 border-b px-4 py-3">
      <div className="flex flex-wrap items-center gap-2">
        <SearchBox value={state.namePrefix} onSearch={onPrefix} label="Name starts with" />
        <Select
          aria-label="Status"
          value={state.status}
          onChange={(event) => update({ status: event.target.value as TemplateStatusFilter })}
          className="w-full sm:w-40"
        >
          {TEMPLATE_STATUS_FILTERS.map((status) => (
            <option key={status} value={status}>
              {status === 'all' ? 'All statuses' : templateStatusLook(status).label}
            </option>
          ))}
        </Select>
        <Select
          aria-label="System or own"
          value={state.kind}
          onChange={(event) => update({ kind: event.target.value as TemplateKind })}
          className="w-full sm:w-44"
        >
          {TEMPLATE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_WORDS[kind]}
            </option>
          ))}
        </Select>
        <div className="ml-auto">
          <RefreshControl
            interval={state.refresh}
            onIntervalChange={(refresh) => update({ refresh })}
            onRefresh={onRefresh}
            refreshing={refreshing}
            updatedAt={updatedAt}
          />
        </div>
      </div>
      {hasTemplateFilters(state) ? (
        <ActiveFilterList onClearAll={() => update(clearTemplateFilters(state))}>
          {state.namePrefix !== '' ? (
            <ActiveFilterChip
              label={`name starts with ${state.namePrefix}`}
              onRemove={() => update({ namePrefix: '' })}
            >
              Name starts with “<span className="font-mono">{state.namePrefix}</span>”
            </ActiveFilterChip>
          ) : null}
          {state.status !== 'all' ? (
            <ActiveFilterChip label={`status ${state.status}`} onRemove={() => update({ status: 'all' })}>
              Status: {templateStatusLook(state.status).label}
            </ActiveFilterChip>
          ) : null}
          {state.kind !== 'all' ? (
            <ActiveFilterChip label={KIND_WORDS[state.kind]} onRemove={() => update({ kind: 'all' })}>
              {KIND_WORDS[state.kind]}
            </ActiveFilterChip>
          ) : null}
        </ActiveFilterList>
      ) : null}
    </div>
  );
}
