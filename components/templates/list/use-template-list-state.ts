'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import {
  parseTemplateListParams,
  templateListHref,
  type TemplateListState,
} from '@/lib/templates/list-state';

/**
 * The templates list's view state IS the URL, as the sandbox list's is (components/sandboxes/list/use-list-state):
 * changes go through the history API, which Next's router follows without a server round trip. Discrete changes
 * push an entry (Back undoes them); typing the name prefix replaces it.
 */
export function useTemplateListState() {
  const searchParams = useSearchParams();
  const state = useMemo(() => parseTemplateListParams(searchParams), [searchParams]);

  const update = useCallback(
    (changes: Partial<TemplateListState>, { replace = false }: { replace?: boolean } = {}) => {
      const href = templateListHref({ ...state, ...changes }, window.location.pathname);
      if (href === window.location.pathname + window.location.search) return;
      // `null` as the history state is what lets Next's router follow the change.
      if (replace) window.history.replaceState(null, '', href);
      else window.history.pushState(null, '', href);
    },
    [state],
  );

  return { state, update };
}
