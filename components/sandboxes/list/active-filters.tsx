'use client';

import { useId, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { XIcon } from '@/components/ui/icons';
import { formatMetadataFilter, type ListState } from '@/lib/list/filters';
import { statusLook } from '../status-badge';

type ActiveFiltersProps = {
  state: ListState;
  onClearStatus: () => void;
  onClearSearch: () => void;
  onRemoveMetadata: (key: string) => void;
  onClearTemplate: () => void;
  onClearAll: () => void;
};

export function ActiveFilterChip({
  label,
  children,
  onRemove,
}: {
  label: string;
  children: ReactNode;
  onRemove: () => void;
}) {
  return (
    <li className="border-accent/30 bg-accent-soft text-accent-text inline-flex items-center gap-1 rounded-full border py-0.5 pr-0.5 pl-2.5 text-xs font-medium">
      <span className="max-w-72 truncate">{children}</span>
      <button
        type="button"
        onClick={onRemove}
        aria-label={`Remove filter ${label}`}
        className="hover:bg-accent/15 rounded-full p-0.5"
      >
        <XIcon className="size-3.5" />
      </button>
    </li>
  );
}

/** The "Filters" row: the chips (ActiveFilterChip) of what narrows a list now, and "Clear filters". */
export function ActiveFilterList({ children, onClearAll }: { children: ReactNode; onClearAll: () => void }) {
  const id = useId();
  return (
    <div className="flex flex-wrap items-center gap-2">
      <span className="text-fg-subtle text-xs font-medium" id={id}>
        Filters
      </span>
      <ul aria-labelledby={id} className="flex flex-wrap items-center gap-1.5">
        {children}
      </ul>
      <Button variant="ghost" size="sm" onClick={onClearAll} className="h-6 px-2 text-xs">
        Clear filters
      </Button>
    </div>
  );
}

/** Every filter narrowing the rows, each removable, so a shared link's view explains itself. */
export function ActiveFilters({
  state,
  onClearStatus,
  onClearSearch,
  onRemoveMetadata,
  onClearTemplate,
  onClearAll,
}: ActiveFiltersProps) {
  return (
    <ActiveFilterList onClearAll={onClearAll}>
      {state.status !== 'all' ? (
        <ActiveFilterChip label={`status ${state.status}`} onRemove={onClearStatus}>
          Status: {statusLook(state.status).label}
        </ActiveFilterChip>
      ) : null}
      {state.q !== '' ? (
        <ActiveFilterChip label={`name contains ${state.q}`} onRemove={onClearSearch}>
          Name contains “{state.q}”
        </ActiveFilterChip>
      ) : null}
      {state.template !== '' ? (
        <ActiveFilterChip label={`template ${state.template}`} onRemove={onClearTemplate}>
          Template: <span className="font-mono">{state.template}</span>
        </ActiveFilterChip>
      ) : null}
      {state.metadata.map((filter) => (
        <ActiveFilterChip
          key={filter.key}
          label={formatMetadataFilter(filter)}
          onRemove={() => onRemoveMetadata(filter.key)}
        >
          <span className="font-mono">{formatMetadataFilter(filter)}</span>
        </ActiveFilterChip>
      ))}
    </ActiveFilterList>
  );
}
