'use client';

import { useEffect, useRef } from 'react';
import { cn } from '@/components/ui/cn';
import { THead, Tr } from '@/components/ui/table';
import type { SortField, SortOrder } from '@/lib/list/filters';
import type { PageSelection } from '@/lib/list/bulk-plan';
import { HeadCell } from './cells';

type SortProps = { sort: SortField; order: SortOrder; onSort: (field: SortField) => void };

function SortArrow({ direction }: { direction: SortOrder | null }) {
  return (
    <svg
      viewBox="0 0 12 12"
      aria-hidden="true"
      className={cn(
        'size-3 shrink-0',
        direction ? 'text-fg' : 'text-fg-subtle/0 group-hover/sort:text-fg-subtle',
      )}
    >
      <path d={direction === 'asc' ? 'M6 3 9.5 8h-7L6 3Z' : 'M6 9 2.5 4h7L6 9Z'} fill="currentColor" />
    </svg>
  );
}

/** A column header that sorts: the same column again flips the order. `aria-sort` tells screen readers. */
function SortableTh({
  field,
  label,
  sort,
  order,
  onSort,
  className,
}: SortProps & { field: SortField; label: string; className?: string }) {
  const current = sort === field ? order : null;
  return (
    <HeadCell
      aria-sort={current === null ? 'none' : current === 'asc' ? 'ascending' : 'descending'}
      className={className}
    >
      <button
        type="button"
        onClick={() => onSort(field)}
        className={cn(
          'group/sort rounded-control hover:text-fg -mx-1 inline-flex items-center gap-1 px-1 py-0.5',
          current && 'text-fg',
        )}
      >
        {label}
        <SortArrow direction={current} />
      </button>
    </HeadCell>
  );
}

type SelectAllProps = { selection: PageSelection; onToggleAll: () => void; disabled: boolean };

function SelectAll({ selection, onToggleAll, disabled }: SelectAllProps) {
  const ref = useRef<HTMLInputElement>(null);
  // "Some rows selected" has no HTML attribute; it is a DOM property.
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = selection === 'some';
  }, [selection]);
  return (
    <input
      ref={ref}
      type="checkbox"
      aria-label="Select all sandboxes on this page"
      checked={selection === 'all'}
      onChange={onToggleAll}
      disabled={disabled}
      className="accent-accent size-4 cursor-pointer align-middle disabled:cursor-not-allowed"
    />
  );
}

/**
 * Fixed column widths (table-layout: fixed): the browser lays out 200 rows without measuring every cell, and
 * the name column takes what is left. Under the table's min-width the card scrolls sideways instead.
 */
// checkbox, name (the rest), status, template, vCPU · memory, created, lifetime, metadata, network, actions
const COLUMN_WIDTHS = [
  '2.5rem',
  undefined,
  '6rem',
  '7rem',
  '7rem',
  '5.75rem',
  '7.5rem',
  '12rem',
  '6.5rem',
  '2.75rem',
];

export function ListColumns() {
  return (
    <colgroup>
      {COLUMN_WIDTHS.map((width, index) => (
        <col key={index} style={width ? { width } : undefined} />
      ))}
    </colgroup>
  );
}

export const TABLE_LAYOUT = 'table-fixed min-w-[64rem]';

export function ListTableHeader({ selection, onToggleAll, disabled, ...sort }: SortProps & SelectAllProps) {
  return (
    <THead>
      <Tr>
        <HeadCell pad="first">
          <SelectAll selection={selection} onToggleAll={onToggleAll} disabled={disabled} />
        </HeadCell>
        <SortableTh field="name" label="Name" {...sort} />
        <SortableTh field="status" label="Status" {...sort} />
        <HeadCell>Template</HeadCell>
        <HeadCell>vCPU · memory</HeadCell>
        <SortableTh field="created_at" label="Created" {...sort} />
        <HeadCell>Lifetime</HeadCell>
        <HeadCell pad="chips">Metadata</HeadCell>
        <HeadCell>Network</HeadCell>
        <HeadCell pad="actions">
          <span className="sr-only">Actions</span>
        </HeadCell>
      </Tr>
    </THead>
  );
}
