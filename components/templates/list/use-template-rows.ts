'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useAllSandboxes } from '@/lib/client/all-sandboxes';
import { sandboxKeys, templateKeys } from '@/lib/client/query-keys';
import { useTemplates } from '@/lib/client/templates';
import { refreshIntervalMs } from '@/lib/list/state';
import { isSystemTemplate } from '@/lib/templates/actions';
import { templateRowView, type UsageSource } from '@/lib/templates/list-row';
import { filterTemplates, templateApiParams, type TemplateListState } from '@/lib/templates/list-state';
import { countTemplateUsage } from '@/lib/templates/usage';
import type { TemplateTableRow } from './template-table';

/**
 * The rows for the current view: the templates (the API filters by name prefix, the browser by status and
 * kind) and, for the Sandboxes column, every sandbox counted per template. The counts come from the full sandbox
 * list (a page would undercount); while it loads, or if it fails, the column says so and the rows still show.
 */
export function useTemplateRows(state: TemplateListState) {
  const client = useQueryClient();
  const interval = refreshIntervalMs(state.refresh);
  const params = useMemo(() => templateApiParams(state), [state]);
  const query = useTemplates(params, { refetchInterval: interval });
  const sandboxes = useAllSandboxes(undefined, { refetchInterval: interval });

  const usage = useMemo((): UsageSource => {
    if (sandboxes.data) return { state: 'ready', usage: countTemplateUsage(sandboxes.data.items) };
    return sandboxes.isError ? { state: 'error' } : { state: 'loading' };
  }, [sandboxes.data, sandboxes.isError]);

  const rows = useMemo((): TemplateTableRow[] | undefined => {
    if (!query.data) return undefined;
    return filterTemplates(query.data, state).map((template) => ({
      template,
      view: templateRowView(template, usage),
    }));
  }, [query.data, state, usage]);

  /** Whether the team has made any template yet (the unfiltered answer only): the first-run state. */
  const hasOwn = query.data?.some((template) => !isSystemTemplate(template));

  const refresh = useCallback(() => {
    void client.invalidateQueries({ queryKey: templateKeys.all });
    void client.invalidateQueries({ queryKey: sandboxKeys.everything() });
  }, [client]);

  return { query, rows, hasOwn, refresh };
}
