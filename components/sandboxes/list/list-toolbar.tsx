'use client';

import { useCallback } from 'react';
import {
  addMetadataFilter,
  clearFilters,
  hasActiveFilters,
  removeMetadataFilter,
  type ListState,
} from '@/lib/list/filters';
import { ActiveFilters } from './active-filters';
import { MetadataFilterInput } from './metadata-filter-input';
import { RefreshControl } from './refresh-control';
import { SearchBox } from './search-box';
import { StatusFilterSelect } from './status-filter';
import type { Navigate } from './use-list-state';

type ListToolbarProps = {
  state: ListState;
  navigate: Navigate;
  update: (changes: Partial<ListState>, options?: { replace?: boolean }) => void;
  refreshing: boolean;
  updatedAt: number;
  onRefresh: () => void;
};

/** The filters (status, name, metadata chips), the refresh controls, and what is filtered right now. */
export function ListToolbar({ state, navigate, update, refreshing, updatedAt, onRefresh }: ListToolbarProps) {
  // The first keystroke of a search gets its own history entry (Back returns to the unfiltered list); the rest
  // of the typing replaces it, so Back doesn't step through every letter.
  const onSearch = useCallback((q: string) => update({ q }, { replace: state.q !== '' }), [update, state.q]);

  return (
    <div className="border-line flex flex-col gap-3 border-b px-4 py-3">
      <div className="flex flex-wrap items-center gap-2">
        <SearchBox value={state.q} onSearch={onSearch} />
        <StatusFilterSelect value={state.status} onChange={(status) => update({ status })} />
        <MetadataFilterInput onAdd={(filter) => navigate(addMetadataFilter(state, filter))} />
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
      {hasActiveFilters(state) ? (
        <ActiveFilters
          state={state}
          onClearStatus={() => update({ status: 'all' })}
          onClearSearch={() => update({ q: '' })}
          onRemoveMetadata={(key) => navigate(removeMetadataFilter(state, key))}
          onClearTemplate={() => update({ template: '' })}
          onClearAll={() => navigate(clearFilters(state))}
        />
      ) : null}
    </div>
  );
}
