import type { ReactNode } from 'react';

/**
 * When an entry's work runs, relative to the palette closing:
 * - `now` (navigation, a mutation, a setting): focus goes back where it was;
 * - `after-close`: once focus is back (a dialog that opens then remembers that place to return to);
 * - `instead-of-focus-return`: the entry moves focus itself (the console's command field).
 */
export type EntryTiming = 'now' | 'after-close' | 'instead-of-focus-return';

export type PaletteEntry = {
  /** Unique in the palette: cmdk's selection key ("page:/templates", "sandbox:<id>"). */
  value: string;
  label: string;
  /** A second, quieter line or column: an id, a path. */
  detail?: string;
  icon?: ReactNode;
  /** Something on the right: a status badge, "Current". */
  aside?: ReactNode;
  danger?: boolean;
  run: () => void;
  timing?: EntryTiming;
};

/** A row that is not a choice: a search in flight, a failure, "no match". Read by screen readers as text. */
export type PaletteNotice = { kind: 'loading' | 'error' | 'empty'; text: string };

export type PaletteGroup = {
  id: string;
  heading: string;
  entries: PaletteEntry[];
  notice?: PaletteNotice;
};
