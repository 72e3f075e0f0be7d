'use client';

import { useMemo } from 'react';
import { cn } from '@/components/ui/cn';
import { Skeleton } from '@/components/ui/skeleton';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import { useTemplates } from '@/lib/client/templates';
import type { SandboxListItem } from '@/lib/contract';
import { templateOf } from '@/lib/form/request';
import type { PageSelection } from '@/lib/list/bulk-plan';
import type { MetadataFilter, SortField, SortOrder } from '@/lib/list/filters';
import type { MetadataChip } from '@/lib/list/row-summary';
import { ListColumns, ListTableHeader, TABLE_LAYOUT } from './list/table-header';
import { SandboxRow } from './list/sandbox-row';

export { sandboxHref } from './list/row-cells';

type SandboxTableProps = {
  sandboxes: readonly SandboxListItem[];
  sort: SortField;
  order: SortOrder;
  onSort: (field: SortField) => void;
  selected: ReadonlySet<string>;
  selection: PageSelection;
  onToggle: (id: string) => void;
  onToggleAll: () => void;
  activeFilters: readonly MetadataFilter[];
  onChip: (chip: MetadataChip) => void;
  /** The next page is loading: the current rows stay, dimmed. */
  stale?: boolean;
};

/**
 * The template a sandbox booted from, by name. The API may send an id (the embedded API's `template_id`) or a
 * name; ids are looked up in the templates list, which the form has usually cached already.
 */
function useTemplateNames(): (sandbox: SandboxListItem) => string | undefined {
  const { data: templates } = useTemplates();
  return useMemo(() => {
    const names = new Map((templates ?? []).map((template) => [template.id, template.name]));
    return (sandbox) => {
      const ref = templateOf(sandbox);
      return ref === undefined ? undefined : (names.get(ref) ?? ref);
    };
  }, [templates]);
}

export function SandboxTable({
  sandboxes,
  stale = false,
  selected,
  onToggle,
  activeFilters,
  onChip,
  ...header
}: SandboxTableProps) {
  const templateName = useTemplateNames();
  return (
    <Table
      label="Sandboxes"
      aria-busy={stale || undefined}
      className={cn(TABLE_LAYOUT, 'text-[13px] transition-opacity', stale && 'opacity-60')}
    >
      <ListColumns />
      <ListTableHeader {...header} disabled={sandboxes.length === 0} />
      <TBody>
        {sandboxes.map((sandbox) => (
          <SandboxRow
            key={sandbox.id}
            sandbox={sandbox}
            template={templateName(sandbox)}
            selected={selected.has(sandbox.id)}
            onToggle={onToggle}
            activeFilters={activeFilters}
            onChip={onChip}
          />
        ))}
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
            <Th key={column} className="px-2">
              {heading}
            </Th>
          ))}
        </Tr>
      </THead>
      <tbody className="divide-line divide-y">
        {Array.from({ length: rows }, (_, index) => (
          <Tr key={index}>
            {SKELETON_WIDTHS.map((width, column) => (
              <Td key={column} className="px-2 py-3.5">
                <Skeleton className={cn('h-4', width)} />
              </Td>
            ))}
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
