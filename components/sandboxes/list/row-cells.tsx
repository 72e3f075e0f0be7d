'use client';

import Link from 'next/link';
import { Fragment, useState } from 'react';
import { cn } from '@/components/ui/cn';
import { CopyButton } from '@/components/ui/copy-button';
import { Skeleton } from '@/components/ui/skeleton';
import type { SandboxListItem } from '@/lib/contract';
import type { MetadataChip } from '@/lib/list/row-summary';
import type { SandboxRowView } from '@/lib/list/row-view';
import { useChipFilters } from './chip-filters';

export function sandboxHref(id: string): string {
  return `/sandboxes/${encodeURIComponent(id)}`;
}

/** The name is the row's real link (keyboard, screen readers, open in a new tab); the short id copies the full one. */
export function NameCell({ sandbox, shortId }: { sandbox: SandboxListItem; shortId: string }) {
  return (
    <div className="min-w-0">
      <Link
        href={sandboxHref(sandbox.id)}
        // 200 rows would prefetch 200 detail pages on every page of the list.
        prefetch={false}
        className="text-fg group-hover:text-accent-text block truncate leading-6 font-medium hover:underline"
        title={sandbox.name}
      >
        {sandbox.name}
      </Link>
      <div className="flex h-6 items-center gap-0.5">
        <code className="text-fg-subtle font-mono text-xs" title={sandbox.id}>
          {shortId}
        </code>
        <CopyButton
          value={sandbox.id}
          label={`Copy the id of ${sandbox.name}`}
          // `!`: the button's own icon size class would otherwise win over this one.
          className="size-6! [&_svg]:size-3.5"
        />
      </div>
    </div>
  );
}

const CURATED_PREFIX = 'superserve/';

/** Curated templates read without their `superserve/` prefix ("python-3.11"); team templates keep their owner. */
export function TemplateCell({ name }: { name: string | null | undefined }) {
  if (name === null) return <Skeleton className="h-3.5 w-16" />;
  if (!name) return <span className="text-fg-subtle">—</span>;
  const short = name.startsWith(CURATED_PREFIX) ? name.slice(CURATED_PREFIX.length) : name;
  return (
    <span className="block truncate" title={name}>
      {short}
    </span>
  );
}

export function ResourcesCell({ text }: { text: string }) {
  return <span className="whitespace-nowrap tabular-nums">{text}</span>;
}

/** "2 allowed · 1 blocked"; each part stays whole, so a narrow column breaks it at the dot. */
export function NetworkCell({ summary }: { summary: SandboxRowView['network'] }) {
  const { parts } = summary;
  return (
    <span title={summary.detail} className={cn('block', summary.open && 'text-fg-subtle')}>
      {parts.map((part, index) => (
        <Fragment key={part}>
          {index > 0 ? ' ' : null}
          <span className="whitespace-nowrap">
            {part}
            {index < parts.length - 1 ? ' ·' : null}
          </span>
        </Fragment>
      ))}
    </span>
  );
}

/** How a chip is found in the set of applied filters (JSON, so a key containing `=` stays unambiguous). */
export function activeChipKey(chip: MetadataChip): string {
  return JSON.stringify([chip.key, chip.value]);
}

/**
 * Chips that add themselves as a filter when clicked; past two, the rest fold into a "+3" that unfolds them. The
 * applied filters (pressed chips) come from ChipFiltersContext.
 */
export function MetadataCell({ chips }: { chips: SandboxRowView['chips'] }) {
  const { active, onFilter } = useChipFilters();
  const [expanded, setExpanded] = useState(false);
  const { visible, hidden } = chips;
  if (visible.length === 0) return <span className="text-fg-subtle">—</span>;
  const shown = expanded ? [...visible, ...hidden] : visible;
  return (
    <div className={cn('flex items-center gap-1', expanded ? 'flex-wrap' : 'flex-nowrap overflow-hidden')}>
      {shown.map((chip) => (
        <Chip key={chip.key} chip={chip} active={active.has(activeChipKey(chip))} onFilter={onFilter} />
      ))}
      {hidden.length > 0 ? (
        <button
          type="button"
          aria-expanded={expanded}
          aria-label={expanded ? 'Show fewer metadata tags' : `Show ${hidden.length} more metadata tags`}
          onClick={() => setExpanded(!expanded)}
          className="rounded-control text-fg-muted hover:bg-surface-hover hover:text-fg shrink-0 px-1.5 py-0.5 text-xs font-medium"
        >
          {expanded ? 'Less' : `+${hidden.length}`}
        </button>
      ) : null}
    </div>
  );
}

function Chip({
  chip,
  active,
  onFilter,
}: {
  chip: MetadataChip;
  active: boolean;
  onFilter: (chip: MetadataChip) => void;
}) {
  const text = `${chip.key}=${chip.value}`;
  return (
    <button
      type="button"
      onClick={() => onFilter(chip)}
      aria-pressed={active}
      aria-label={`Filter by ${text}`}
      title={active ? `Filtering by ${text}` : `Filter by ${text}`}
      className={cn(
        'inline-flex max-w-[9rem] min-w-0 items-center rounded-md border px-1.5 py-px font-mono text-[11px] leading-4',
        active
          ? 'border-accent/40 bg-accent-soft text-accent-text'
          : 'border-line bg-surface-muted text-fg-muted hover:border-line-strong hover:text-fg',
      )}
    >
      <span className="truncate">
        <span className={active ? undefined : 'text-fg-subtle'}>{chip.key}=</span>
        {chip.value}
      </span>
    </button>
  );
}
