'use client';

import { useRouter } from 'next/navigation';
import { memo, type MouseEvent } from 'react';
import { cn } from '@/components/ui/cn';
import { RelativeTime } from '@/components/ui/relative-time';
import type { SandboxListItem } from '@/lib/contract';
import { sandboxRowView } from '@/lib/list/row-view';
import { LifetimeCountdown } from '../lifetime-countdown';
import { StatusBadge } from '../status-badge';
import { Cell } from './cells';
import { RowActions } from './row-actions';
import { MetadataCell, NameCell, NetworkCell, ResourcesCell, TemplateCell, sandboxHref } from './row-cells';
import type { MeasureRow } from './virtual-rows';

/** Clicks on controls inside a row (links, buttons, checkboxes, menus) keep their own meaning. */
function isInteractive(target: EventTarget | null): boolean {
  return (
    target instanceof Element &&
    target.closest('a, button, input, select, textarea, label, [role="menuitem"], [role="dialog"]') !== null
  );
}

export type SandboxRowProps = {
  sandbox: SandboxListItem;
  /** Position on the page: `aria-rowindex` (the header is row 1) and the virtualiser's `data-index`. */
  index: number;
  /** Set when the rows are virtualised: the row reports its drawn height. */
  measureRef?: MeasureRow;
  /** The template's name; null while the names load. */
  template: string | null | undefined;
  /** Rows have checkboxes only for a role that may take a bulk action. */
  selectable: boolean;
  selected: boolean;
  onToggle: (id: string) => void;
};

/**
 * One sandbox. Memoised: ticking clocks, a checkbox elsewhere or a new filter (its chips read ChipFiltersContext)
 * must not re-render every drawn row.
 */
export const SandboxRow = memo(function SandboxRow({
  sandbox,
  index,
  measureRef,
  template,
  selectable,
  selected,
  onToggle,
}: SandboxRowProps) {
  const router = useRouter();
  const href = sandboxHref(sandbox.id);
  const view = sandboxRowView(sandbox);

  // The rest of the row is a larger mouse target for the name's link, unless the user is selecting text.
  function onClick(event: MouseEvent<HTMLTableRowElement>) {
    if (isInteractive(event.target) || window.getSelection()?.toString()) return;
    // A click that bubbled out of a portal (a dialog or menu opened from this row) is not a click on the row.
    if (!(event.target instanceof Node) || !event.currentTarget.contains(event.target)) return;
    if (event.metaKey || event.ctrlKey) window.open(href, '_blank', 'noopener');
    else router.push(href);
  }

  return (
    <tr
      ref={measureRef}
      data-index={index}
      aria-rowindex={index + 2}
      onClick={onClick}
      className={cn(
        'group cursor-pointer transition-colors',
        selected ? 'bg-accent-soft/60 hover:bg-accent-soft' : 'hover:bg-surface-hover/70',
      )}
    >
      {selectable ? (
        <Cell pad="first">
          <input
            type="checkbox"
            aria-label={`Select ${sandbox.name}`}
            checked={selected}
            onChange={() => onToggle(sandbox.id)}
            className="accent-accent size-4 cursor-pointer align-middle"
          />
        </Cell>
      ) : null}
      <Cell pad={selectable ? 'base' : 'lead'}>
        <NameCell sandbox={sandbox} shortId={view.shortId} />
      </Cell>
      <Cell>
        <StatusBadge status={sandbox.status} />
      </Cell>
      <Cell className="text-fg-muted">
        <TemplateCell name={template} />
      </Cell>
      <Cell className="text-fg-muted">
        <ResourcesCell text={view.resources} />
      </Cell>
      <Cell className="text-fg-muted whitespace-nowrap">
        <RelativeTime value={sandbox.created_at} />
      </Cell>
      <Cell className="text-fg-muted">
        <LifetimeCountdown createdAt={sandbox.created_at} timeoutSeconds={sandbox.timeout_seconds} />
      </Cell>
      <Cell pad="chips">
        <MetadataCell chips={view.chips} />
      </Cell>
      <Cell className="text-fg-muted">
        <NetworkCell summary={view.network} />
      </Cell>
      <Cell pad="actions" className="text-right">
        <RowActions sandbox={sandbox} />
      </Cell>
    </tr>
  );
});
