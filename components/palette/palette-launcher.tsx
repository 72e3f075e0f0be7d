'use client';

import { SearchIcon } from '@/components/ui/icons';
import { useEffect, useState } from 'react';
import { detectPlatform, isTypingTarget, usePlatform } from '@/lib/client/keyboard';
import { PALETTE_CHORD, SHORTCUTS_CHORD, ariaChord, formatChord, matchesChord } from '@/lib/palette/chords';
import { preloadable, useIdle } from './preloadable';

// The palette (cmdk, its groups and searches) and the shortcut list are not part of any page's first load. Their
// code is fetched when the page is idle, or when the pointer or focus reaches the button, and they are mounted
// closed once it is here, so even the first ⌘K or `?` opens at once; a key pressed before that fetches it then.
const palettePart = preloadable(
  () => import('./command-palette').then((m) => m.default),
  'the command palette',
);
const shortcutsPart = preloadable(
  () => import('./shortcuts-dialog').then((m) => m.ShortcutsDialog),
  'the keyboard shortcuts',
);

/** True for a press inside a modal other than the palette (a delete confirmation keeps the keyboard). */
function insideOtherDialog(target: EventTarget | null): boolean {
  const dialog = target instanceof Element ? target.closest('[role="dialog"], [role="alertdialog"]') : null;
  return dialog !== null && !dialog.hasAttribute('data-command-palette');
}

/**
 * The header's search button and the keys that work on every dashboard page: ⌘K / Ctrl+K opens (and closes) the
 * command palette, `?` the list of shortcuts. Owns both dialogs' open state, so the palette can hand over to
 * the list. The key hint appears after hydration, when the platform is known and the listener runs; the header is
 * full, so the button is an icon, with the key beside it from xl (its title always names the key).
 */
export function PaletteLauncher() {
  const [palette, setPalette] = useState<'unused' | 'open' | 'closed'>('unused');
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const platform = usePlatform();
  const idle = useIdle();
  const paletteReady = palettePart.useReady(palette !== 'unused' || idle);
  const shortcutsReady = shortcutsPart.useReady(shortcutsOpen || idle);

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
        title={hint ? `Search (${hint})` : 'Search'}
        onClick={() => setPalette('open')}
        onPointerEnter={palettePart.preload}
        onFocus={palettePart.preload}
        className="border-line bg-surface text-fg-muted hover:bg-surface-hover hover:text-fg rounded-control flex h-8 shrink-0 items-center gap-2 border px-2 text-sm transition-colors xl:px-2.5"
      >
        <SearchIcon className="size-4 shrink-0" />
        <span className="sr-only">Search</span>
        {hint ? (
          <kbd aria-hidden="true" className="text-fg-subtle hidden font-sans text-xs xl:inline">
            {hint}
          </kbd>
        ) : null}
      </button>
      {paletteReady ? (
        <palettePart.Loaded
          open={palette === 'open'}
          onOpenChange={(open) => setPalette(open ? 'open' : 'closed')}
          onShowShortcuts={() => setShortcutsOpen(true)}
        />
      ) : null}
      {shortcutsReady ? (
        <shortcutsPart.Loaded
          open={shortcutsOpen}
          onOpenChange={setShortcutsOpen}
          platform={platform ?? 'other'}
        />
      ) : null}
    </>
  );
}
