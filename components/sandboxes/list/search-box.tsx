'use client';

import { useEffect, useRef, useState } from 'react';
import { SearchIcon } from '@/components/ui/icons';
import { Input } from '@/components/ui/input';
import { usePageShortcut } from '@/lib/client/keyboard';
import { useIsClient } from '@/lib/client/use-is-client';
import { normalizeQuery } from '@/lib/list/filters';
import { SEARCH_LIST_CHORD } from '@/lib/palette/chords';

export const SEARCH_DEBOUNCE_MS = 300;

type SearchBoxProps = {
  /** The search in the URL. */
  value: string;
  onSearch: (q: string) => void;
  /** The box's accessible name and placeholder; the templates list searches by name prefix. */
  label?: string;
};

/**
 * Name search, sent once typing pauses (or at once on Enter). The box keeps what the user typed; when the URL
 * changes from elsewhere (Back, "Clear filters") the box follows it. `/` focuses it from anywhere on the page.
 */
export function SearchBox({ value, onSearch, label = 'Search by name' }: SearchBoxProps) {
  const [text, setText] = useState(value);
  const [synced, setSynced] = useState(value);
  const input = useRef<HTMLInputElement>(null);
  // Advertised only once the listener runs (after hydration), like the header's `c`.
  const shortcutReady = useIsClient();
  usePageShortcut(SEARCH_LIST_CHORD, () => {
    input.current?.focus();
    input.current?.select();
  });
  if (value !== synced) {
    // Adjusting state during render (not in an effect) so the box never shows a stale value for a frame.
    setSynced(value);
    if (normalizeQuery(text) !== value) setText(value);
  }

  useEffect(() => {
    if (normalizeQuery(text) === value) return;
    const timer = setTimeout(() => onSearch(text), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, value, onSearch]);

  return (
    <div className="relative w-full sm:w-56">
      <SearchIcon className="text-fg-subtle pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2" />
      <Input
        ref={input}
        type="search"
        aria-label={label}
        aria-keyshortcuts={shortcutReady ? '/' : undefined}
        placeholder={label}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') onSearch(text);
        }}
        className="pl-8"
        maxLength={256}
      />
    </div>
  );
}
