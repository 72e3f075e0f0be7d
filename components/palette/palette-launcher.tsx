'use client';

import { SearchIcon } from '@/components/ui/icons';
import { useEffect, useState } from 'react';
import { lazyDialog } from '@/components/ui/lazy-dialog';
import { detectPlatform, isTypingTarget, usePlatform } from '@/lib/client/keyboard';
import { PALETTE_CHORD, SHORTCUTS_CHORD, ariaChord, formatChord, matchesChord } from '@/lib/palette/chords';
import { LoadedPalette, preloadPalette, usePaletteReady, usePreloadWhenIdle } from './palette-loader';
import type { ShortcutsDialogProps } from './shortcuts-dialog';

// The shortcut list loads on first use; the palette's loading is ./palette-loader.tsx.
const { LazyDialog: LazyShortcutsDialog, preload: preloadShortcuts } = lazyDialog<ShortcutsDialogProps>(
  () => import('./shortcuts-dialog').then((m) => m.ShortcutsDialog),
  (props) => props.open,
);

/** True for a press inside a modal other than the palette (a delete confirmation keeps the keyboard). */
function insideOtherDialog(target: EventTarget | null): boolean {
  const dialog = target instanceof Element ? target.closest('[role="dialog"], [role="alertdialog"]') : null;
  return dialog !== null && !dialog.hasAttribute('data-command-palette');
}

/**
 * The header's search button and the keys that work on every dashboard page: ⌘K / Ctrl+K opens (and closes) the
 * command palette, `?` the list of shortcuts. Owns both dialogs' open state, so the palette can hand over to
 * the list. The key hint appears after hydration, when the platform is known and the listener runs.
 */
export function PaletteLauncher() {
  const [palette, setPalette] = useState<'unused' | 'open' | 'closed'>('unused');
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const platform = usePlatform();
  const preloaded = usePreloadWhenIdle();
  const paletteReady = usePaletteReady(palette !== 'unused' || preloaded);

  useEffect(() => {
    const current = detectPlatform();
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing) return;
      if (matchesChord(event, PALETTE_CHORD, current)) {
        if (insideOtherDialog(event.target)) return;
        event.preventDefault();
        setShortcutsOpen(false);
        setPalette((state) => (state === 'open' ? 'closed' : 'open'));
      } else if (matchesChord(event, SHORTCUTS_CHORD, current)) {
        if (event.repeat || isTypingTarget(event.target)) return;
        event.preventDefault();
        setShortcutsOpen(true);
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const hint = platform ? formatChord(PALETTE_CHORD, platform) : null;
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        aria-keyshortcuts={platform ? ariaChord(PALETTE_CHORD, platform) : undefined}
        onClick={() => setPalette('open')}
        onPointerEnter={preloadPalette}
        onFocus={preloadPalette}
        className="border-line bg-surface text-fg-muted hover:bg-surface-hover hover:text-fg rounded-control flex h-8 items-center gap-2 border px-2.5 text-sm transition-colors"
      >
        <SearchIcon className="size-4 shrink-0" />
        <span className="hidden md:inline">Search…</span>
        <span className="sr-only md:hidden">Search</span>
        {hint ? (
          <kbd aria-hidden="true" className="text-fg-subtle hidden font-sans text-xs md:inline">
            {hint}
          </kbd>
        ) : null}
      </button>
      {paletteReady ? (
        <LoadedPalette
          open={palette === 'open'}
          onOpenChange={(open) => setPalette(open ? 'open' : 'closed')}
          onShowShortcuts={() => {
            preloadShortcuts();
            setShortcutsOpen(true);
          }}
        />
      ) : null}
      <LazyShortcutsDialog
        open={shortcutsOpen}
        onOpenChange={setShortcutsOpen}
        platform={platform ?? 'other'}
      />
    </>
  );
}
