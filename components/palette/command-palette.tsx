'use client';

import { SearchIcon } from '@/components/ui/icons';
import * as RadixDialog from '@radix-ui/react-dialog';
import { Command } from 'cmdk';
import { useRef, useState } from 'react';
import { LazyDeleteSandboxDialog } from '@/components/sandboxes/lazy-delete-sandbox-dialog';
import { resultsAnnouncement } from '@/lib/palette/announce';
import { PaletteFooter } from './palette-footer';
import { PaletteList } from './palette-list';
import type { PaletteEntry } from './palette-types';
import { usePaletteGroups } from './use-palette-groups';
import { useSandboxRunner } from './use-sandbox-runner';

export type CommandPaletteProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Opens the list of keyboard shortcuts (the launcher owns it, as `?` opens it too). */
  onShowShortcuts: () => void;
};

const INPUT_LABEL = 'Search sandboxes, templates, pages and commands';

/**
 * The command palette: a modal dialog (Radix: focus trap, Escape, focus back where it was) around cmdk's
 * listbox (arrows, Home/End, Enter, the active row announced). The palette ranks its own rows (cmdk's filter is
 * off), so the order is lib/palette/rank's. Loaded when the page is idle or on first use (./preloadable), then
 * kept mounted while closed, so every open is quick and an action started from it finishes its work.
 */
export default function CommandPalette({ open, onOpenChange, onShowShortcuts }: CommandPaletteProps) {
  const [query, setQuery] = useState('');
  // Each opening starts afresh, however the last one ended (Escape, ⌘K again, a chosen row).
  // The first row stays selected as results arrive (the server's answer lands above the pages), until the
  // person moves the selection: Enter then runs what they see on top, not a row that was first a moment ago.
  const [selected, setSelected] = useState({ value: '', followFirst: true });
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) {
      setQuery('');
      setSelected({ value: '', followFirst: true });
    }
  }
  const runner = useSandboxRunner();
  const groups = usePaletteGroups(query, open, runner, onShowShortcuts);

  const values = groups.flatMap((group) => group.entries.map((entry) => entry.value));
  const first = values[0] ?? '';
  const value = selected.followFirst || !values.includes(selected.value) ? first : selected.value;

  // Work that must wait until the dialog has closed and focus has gone back (see EntryTiming).
  const pending = useRef<PaletteEntry | null>(null);
  const returnTo = useRef<HTMLElement | null>(null);

  function choose(entry: PaletteEntry) {
    if (entry.timing && entry.timing !== 'now') pending.current = entry;
    close();
    if (!entry.timing || entry.timing === 'now') entry.run();
  }

  const close = () => onOpenChange(false);

  const count = values.length;
  const notices = groups.flatMap((group) => (group.notice ? [group.notice.text] : []));

  return (
    <>
      <RadixDialog.Root open={open} onOpenChange={(next) => (next ? onOpenChange(true) : close())}>
        <RadixDialog.Portal>
          <RadixDialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
          <RadixDialog.Content
            aria-describedby={undefined}
            data-command-palette=""
            className="rounded-card border-line bg-surface shadow-overlay fixed top-[12vh] left-1/2 z-50 flex max-h-[min(34rem,76vh)] w-[calc(100%-2rem)] max-w-xl -translate-x-1/2 flex-col overflow-hidden border"
            // Radix gives focus back to a Dialog.Trigger; the palette has none (a key opens it from anywhere),
            // so it remembers what had focus when it opened and returns there itself.
            onOpenAutoFocus={() => {
              returnTo.current =
                document.activeElement instanceof HTMLElement ? document.activeElement : null;
            }}
            onCloseAutoFocus={(event) => {
              event.preventDefault();
              const entry = pending.current;
              pending.current = null;
              if (entry?.timing !== 'instead-of-focus-return' && returnTo.current?.isConnected) {
                returnTo.current.focus();
              }
              entry?.run();
            }}
          >
            <RadixDialog.Title className="sr-only">Command palette</RadixDialog.Title>
            <Command
              label={INPUT_LABEL}
              shouldFilter={false}
              vimBindings={false}
              loop
              value={value}
              onValueChange={(next) => setSelected({ value: next, followFirst: next === first })}
              className="flex min-h-0 flex-1 flex-col"
            >
              <div className="border-line flex items-center gap-2 border-b px-3">
                <SearchIcon className="text-fg-subtle size-4 shrink-0" />
                <Command.Input
                  value={query}
                  onValueChange={(next) => {
                    setQuery(next);
                    setSelected({ value: '', followFirst: true });
                  }}
                  placeholder="Search sandboxes, templates, pages and commands…"
                  maxLength={256}
                  className="text-fg placeholder:text-fg-subtle h-12 min-w-0 flex-1 bg-transparent text-sm outline-none"
                />
              </div>
              <Command.List label="Results" className="min-h-0 flex-1 overflow-y-auto p-1.5">
                <Command.Empty className="text-fg-muted px-3 py-6 text-center text-sm">
                  Nothing matches “{query.trim()}”.
                </Command.Empty>
                <PaletteList groups={groups} onSelect={choose} />
              </Command.List>
            </Command>
            <p role="status" className="sr-only">
              {open ? resultsAnnouncement(count, notices, query) : ''}
            </p>
            <PaletteFooter />
          </RadixDialog.Content>
        </RadixDialog.Portal>
      </RadixDialog.Root>
      <LazyDeleteSandboxDialog
        target={runner.deleting}
        onClose={runner.closeDelete}
        onDeleted={() => runner.deleting && runner.afterDelete(runner.deleting.id)}
      />
    </>
  );
}
