'use client';

import { Cell, HeadCell } from '@/components/sandboxes/list/cells';
import { cn } from '@/components/ui/cn';
import { Skeleton } from '@/components/ui/skeleton';
import { Table, TBody, THead, Tr } from '@/components/ui/table';
import type { TemplateResponse } from '@/lib/contract';
import type { TemplateRowView } from '@/lib/templates/list-row';
import { TemplateRow } from './template-row';

const HEADINGS = [
  'Name',
  'Status',
  'vCPU · memory · disk',
  'Base image',
  'Latest build',
  'Created',
  'Sandboxes',
] as const;

function Header() {
  return (
    <THead>
      <Tr>
        {HEADINGS.map((heading, column) => (
          <HeadCell
            key={heading}
            pad={column === 0 ? 'lead' : 'base'}
            className={cn(column === 6 && 'text-right')}
          >
            {heading}
          </HeadCell>
        ))}
        <HeadCell pad="actions">
          <span className="sr-only">Actions</span>
        </HeadCell>
      </Tr>
    </THead>
  );
}

export type TemplateTableRow = { template: TemplateResponse; view: TemplateRowView };

/**
 * Every template that matches, in the API's order (newest first). A team has at most ten templates plus the
 * system ones, so the rows need neither paging nor virtualising.
 */
export function TemplateTable({
  rows,
  stale = false,
}: {
  rows: readonly TemplateTableRow[];
  stale?: boolean;
}) {
  return (
    <Table
      label="Templates"
      aria-busy={stale || undefined}
      className={cn('text-[13px] transition-opacity', stale && 'opacity-60')}
    >
      <Header />
      <TBody>
        {rows.map(({ template, view }) => (
          <TemplateRow key={template.id} template={template} view={view} />
        ))}
      </TBody>
    </Table>
  );
}

const WIDTHS = ['w-36', 'w-16', 'w-32', 'w-24', 'w-28', 'w-16', 'w-6', 'w-6'];

/** The table's shape with grey bars, so the page doesn't jump when the rows arrive. */
export function TemplateTableSkeleton({ rows = 5 }: { rows?: number }) {
  return (
    <Table label="Templates (loading)" aria-busy="true" className="text-[13px]">
      <Header />
      <tbody className="divide-line divide-y">
        {Array.from({ length: rows }, (_, index) => (
          <Tr key={index}>
            {WIDTHS.map((width, column) => (
              <Cell
                key={column}
                pad={column === 0 ? 'lead' : column === 7 ? 'actions' : 'base'}
                className="h-[49px]"
              >
                <Skeleton className={cn('h-4', width)} />
              </Cell>
            ))}
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
