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
  pad,
}: SortProps & { field: SortField; label: string; className?: string; pad?: 'lead' }) {
  const current = sort === field ? order : null;
  return (
    <HeadCell
      pad={pad}
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

/**
 * Whether rows have checkboxes: only for a role that may take a bulk action (selection exists for nothing else).
 * Without them the table loses its first column and the name leads.
 */
export type Selectable = { selectable: boolean };

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
// checkbox (when selectable), name (the rest), status, template, vCPU · memory, created, lifetime, metadata,
// network, actions
const CHECKBOX_WIDTH = '2.5rem';
const COLUMN_WIDTHS = [undefined, '6rem', '7rem', '7rem', '5.75rem', '7.5rem', '12rem', '6.5rem', '2.75rem'];

/** How many columns the table has: a spacer row spans them all. */
export function columnCount({ selectable }: Selectable): number {
  return COLUMN_WIDTHS.length + (selectable ? 1 : 0);
}

export function ListColumns({ selectable }: Selectable) {
  const widths = selectable ? [CHECKBOX_WIDTH, ...COLUMN_WIDTHS] : COLUMN_WIDTHS;
  return (
    <colgroup>
      {widths.map((width, index) => (
        <col key={index} style={width ? { width } : undefined} />
      ))}
    </colgroup>
  );
}

export const TABLE_LAYOUT = 'table-fixed min-w-[64rem]';

export function ListTableHeader({
  selection,
  onToggleAll,
  disabled,
  selectable,
  ...sort
}: SortProps & SelectAllProps & Selectable) {
  return (
    <THead>
      <Tr>
        {selectable ? (
          <HeadCell pad="first">
            <SelectAll selection={selection} onToggleAll={onToggleAll} disabled={disabled} />
          </HeadCell>
        ) : null}
        <SortableTh field="name" label="Name" pad={selectable ? undefined : 'lead'} {...sort} />
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
