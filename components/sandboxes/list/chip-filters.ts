'use client';

import { createContext, useContext } from 'react';
import type { MetadataChip } from '@/lib/list/row-summary';

export type ChipFilters = {
  /** The metadata filters applied now, as `activeChipKey` strings, so their chips read as pressed. */
  active: ReadonlySet<string>;
  /** A chip's click: add it as a filter, or take it off when it is one. */
  onFilter: (chip: MetadataChip) => void;
};

/**
 * The applied chips reach the metadata cells through context, not row props: applying a filter then re-renders
 * the chips alone, while every drawn row (memoised) stays as it is.
 */
export const ChipFiltersContext = createContext<ChipFilters>({ active: new Set(), onFilter: () => {} });

export function useChipFilters(): ChipFilters {
  return useContext(ChipFiltersContext);
}
