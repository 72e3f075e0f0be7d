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
import { ListColumns, ListTableHeader, TABLE_LAYOUT } from './table-header';
import { SandboxRow } from './sandbox-row';
import { VIRTUALIZE_OVER, VirtualRows, type MeasureRow } from './virtual-rows';

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
};

const COLUMNS = 10;

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
  selected,
  onToggle,
  activeChips,
  onChip,
  ...header
}: SandboxTableProps) {
  const templateName = useTemplateNames();
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
        selected={selected.has(sandbox.id)}
        onToggle={onToggle}
        activeChips={activeChips}
        onChip={onChip}
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
      <ListColumns />
      <ListTableHeader {...header} disabled={sandboxes.length === 0} />
      <TBody>
        {virtual ? (
          <VirtualRows
            count={sandboxes.length}
            columns={COLUMNS}
            getKey={(index) => sandboxes[index]?.id ?? String(index)}
            renderRow={renderRow}
          />
        ) : (
          sandboxes.map((_, index) => renderRow(index))
        )}
      </TBody>
    </Table>
  );
}

const SKELETON_HEADINGS = [
  '',
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
const SKELETON_WIDTHS = ['w-4', 'w-32', 'w-16', 'w-20', 'w-20', 'w-16', 'w-20', 'w-32', 'w-16', 'w-6'];

/** The table's shape with grey bars, so the page doesn't jump when the rows arrive. */
export function SandboxTableSkeleton({ rows = 6 }: { rows?: number }) {
  return (
    <Table label="Sandboxes (loading)" aria-busy="true" className={cn(TABLE_LAYOUT, 'text-[13px]')}>
      <ListColumns />
      <THead>
        <Tr>
          {SKELETON_HEADINGS.map((heading, column) => (
            <HeadCell key={column} pad={column === 0 ? 'first' : 'base'}>
              {heading}
            </HeadCell>
          ))}
        </Tr>
      </THead>
      <tbody className="divide-line divide-y">
        {Array.from({ length: rows }, (_, index) => (
          <Tr key={index}>
            {SKELETON_WIDTHS.map((width, column) => (
              <Cell key={column} pad={column === 0 ? 'first' : 'base'} className="h-[61px]">
                <Skeleton className={cn('h-4', width)} />
              </Cell>
            ))}
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
