'use client';

import { Command } from 'cmdk';
import { Spinner } from '@/components/ui/spinner';
import { AlertIcon } from '@/components/ui/icons';
import { cn } from '@/components/ui/cn';
import type { PaletteEntry, PaletteGroup, PaletteNotice } from './palette-types';

const ROW = 'flex min-h-10 items-center gap-3 rounded-control px-3 py-2 text-sm';

function Entry({ entry, onSelect }: { entry: PaletteEntry; onSelect: (entry: PaletteEntry) => void }) {
  return (
    <Command.Item
      value={entry.value}
      onSelect={() => onSelect(entry)}
      className={cn(
        ROW,
        'text-fg data-[selected=true]:bg-surface-hover cursor-pointer',
        entry.danger && 'text-danger-text',
      )}
    >
      <span className="min-w-0 flex-1 truncate">{entry.label}</span>
      {entry.detail ? (
        <span className="text-fg-subtle hidden max-w-56 shrink-0 truncate font-mono text-xs sm:inline">
          {entry.detail}
        </span>
      ) : null}
      {entry.aside ? <span className="shrink-0">{entry.aside}</span> : null}
    </Command.Item>
  );
}

/** A row that isn't a choice: disabled, so the arrows skip it, but read out as the group's state. */
function Notice({ group, notice }: { group: string; notice: PaletteNotice }) {
  return (
    <Command.Item
      disabled
      value={`notice:${group}`}
      className={cn(ROW, notice.kind === 'error' ? 'text-danger-text' : 'text-fg-muted')}
    >
      {notice.kind === 'loading' ? <Spinner size="sm" /> : null}
      {notice.kind === 'error' ? <AlertIcon className="size-4 shrink-0" /> : null}
      <span>{notice.text}</span>
    </Command.Item>
  );
}

/** The groups in order, each with its heading (read as the group's name), its rows, then its state row. */
export function PaletteList({
  groups,
  onSelect,
}: {
  groups: readonly PaletteGroup[];
  onSelect: (entry: PaletteEntry) => void;
}) {
  return (
    <>
      {groups.map((group) => (
        <Command.Group
          key={group.id}
          value={group.id}
          heading={group.heading}
          className="[&_[cmdk-group-heading]]:text-fg-subtle py-1 [&_[cmdk-group-heading]]:px-3 [&_[cmdk-group-heading]]:pt-2 [&_[cmdk-group-heading]]:pb-1 [&_[cmdk-group-heading]]:text-xs [&_[cmdk-group-heading]]:font-medium"
        >
          {group.entries.map((entry) => (
            <Entry key={entry.value} entry={entry} onSelect={onSelect} />
          ))}
          {group.notice ? <Notice group={group.id} notice={group.notice} /> : null}
        </Command.Group>
      ))}
    </>
  );
}
