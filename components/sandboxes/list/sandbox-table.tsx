'use client';

import { useMemo } from 'react';
import { cn } from '@/components/ui/cn';
import { Skeleton } from '@/components/ui/skeleton';
import { Table, TBody, THead, Tr } from '@/components/ui/table';
import { useTemplates } from '@/lib/client/templates';
import type { SandboxListItem } from '@/lib/contract';
import type { PageSelection } from '@/lib/list/bulk-plan';
import type { SortField, SortOrder } from '@/lib/list/filters';
import { templateNamer, templateOf } from '@/lib/sandbox/template-ref';
import type { MetadataChip } from '@/lib/list/row-summary';
import { isUuid } from '@/lib/contract/ids';
import { compactId } from '@/lib/format/ids';
import { Cell, HeadCell } from './cells';
import { ChipFiltersContext } from './chip-filters';
import { ListColumns, ListTableHeader, TABLE_LAYOUT, columnCount } from './table-header';
import { SandboxRow } from './sandbox-row';
import { useSandboxAccess } from '../use-sandbox-access';
import { VIRTUALIZE_OVER, VirtualRows } from './lazy-virtual-rows';
import type { MeasureRow } from './virtual-rows';

export { sandboxHref } from './row-cells';

type SandboxTableProps = {
  sandboxes: readonly SandboxListItem[];
  sort: SortField;
  order: SortOrder;
  onSort: (field: SortField) => void;
  selected: ReadonlySet<string>;
  selection: PageSelection;
  onToggle: (id: string) => void;
  onToggleAll: () => void;
  /** The applied metadata filters, as activeChipKey strings. */
  activeChips: ReadonlySet<string>;
  onChip: (chip: MetadataChip) => void;
  /** The next page is loading: the current rows stay, dimmed. */
  stale?: boolean;
  /** Checkboxes for bulk actions, for a role that may take one. */
  selectable: boolean;
};

/**
 * The template a sandbox booted from, by name (see lib/sandbox/template-ref: the embedded API sends
 * `template_id`, other backends may send a name or nothing). The names come from the templates list, loaded
 * with the list.
 */
function useTemplateNames(): (sandbox: SandboxListItem) => string | null | undefined {
  const { data: templates, isPending } = useTemplates();
  return useMemo(() => {
    const nameOf = templateNamer(templates);
    return (sandbox) => {
      const ref = templateOf(sandbox);
      if (!ref) return undefined;
      // null = still loading the names. A template id the templates list lacks (deleted) reads short; a name
      // reads as it is.
      return nameOf(ref) ?? (isPending ? null : isUuid(ref) ? compactId(ref) : ref);
    };
  }, [templates, isPending]);
}

export function SandboxTable({
  sandboxes,
  stale = false,
  selectable,
  selected,
  onToggle,
  activeChips,
  onChip,
  ...header
}: SandboxTableProps) {
  const templateName = useTemplateNames();
  const chipFilters = useMemo(() => ({ active: activeChips, onFilter: onChip }), [activeChips, onChip]);
  const virtual = sandboxes.length > VIRTUALIZE_OVER;

  const renderRow = (index: number, measure?: MeasureRow) => {
    const sandbox = sandboxes[index] as SandboxListItem;
    return (
      <SandboxRow
        key={sandbox.id}
        sandbox={sandbox}
        index={index}
        measureRef={measure}
        template={templateName(sandbox)}
        selectable={selectable}
        selected={selected.has(sandbox.id)}
        onToggle={onToggle}
      />
    );
  };

  return (
    <Table
      label="Sandboxes"
      aria-busy={stale || undefined}
      // With virtual rows only some are in the DOM; the count tells screen readers how many there are.
      aria-rowcount={sandboxes.length + 1}
      className={cn(TABLE_LAYOUT, 'text-[13px] transition-opacity', stale && 'opacity-60')}
    >
      <ListColumns selectable={selectable} />
      <ListTableHeader {...header} selectable={selectable} disabled={sandboxes.length === 0} />
      <TBody>
        <ChipFiltersContext value={chipFilters}>
          {virtual ? (
            <VirtualRows
              count={sandboxes.length}
              columns={columnCount({ selectable })}
              getKey={(index) => sandboxes[index]?.id ?? String(index)}
              renderRow={renderRow}
            />
          ) : (
            sandboxes.map((_, index) => renderRow(index))
          )}
        </ChipFiltersContext>
      </TBody>
    </Table>
  );
}

const SKELETON_HEADINGS = [
  'Name',
  'Status',
  'Template',
  'vCPU · memory',
  'Created',
  'Lifetime',
  'Metadata',
  'Network',
  '',
];
const SKELETON_WIDTHS = ['w-32', 'w-16', 'w-20', 'w-20', 'w-16', 'w-20', 'w-32', 'w-16', 'w-6'];

/** The table's shape with grey bars, so the page doesn't jump when the rows arrive. */
export function SandboxTableSkeleton({ rows = 6 }: { rows?: number }) {
  const { selectable } = useSandboxAccess();
  const headings = selectable ? ['', ...SKELETON_HEADINGS] : SKELETON_HEADINGS;
  const widths = selectable ? ['w-4', ...SKELETON_WIDTHS] : SKELETON_WIDTHS;
  const pad = (column: number) => (column > 0 ? 'base' : selectable ? 'first' : 'lead');
  return (
    <Table label="Sandboxes (loading)" aria-busy="true" className={cn(TABLE_LAYOUT, 'text-[13px]')}>
      <ListColumns selectable={selectable} />
      <THead>
        <Tr>
          {headings.map((heading, column) => (
            <HeadCell key={column} pad={pad(column)}>
              {heading}
            </HeadCell>
          ))}
        </Tr>
      </THead>
      <tbody className="divide-line divide-y">
        {Array.from({ length: rows }, (_, index) => (
          <Tr key={index}>
            {widths.map((width, column) => (
              <Cell key={column} pad={pad(column)} className="h-[61px]">
                <Skeleton className={cn('h-4', width)} />
              </Cell>
            ))}
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
