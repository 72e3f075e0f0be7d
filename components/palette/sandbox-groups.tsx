'use client';

import { useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { StatusBadge } from '@/components/sandboxes/status-badge';
import { errorMessage, isApiError } from '@/lib/client/api-error';
import { sandboxKeys } from '@/lib/client/query-keys';
import { readRecentSandboxes } from '@/lib/client/recent-sandboxes';
import { fetchSandbox } from '@/lib/client/sandboxes';
import { DEFAULT_LIST_STATE, listHref } from '@/lib/list/filters';
import { rankItems } from '@/lib/palette/rank';
import { sandboxCommands, type SandboxCommand } from '@/lib/palette/sandbox-commands';
import { sandboxHits } from '@/lib/palette/sandbox-hits';
import type { PaletteEntry, PaletteGroup } from './palette-types';
import { SEARCH_LIMIT, useSandboxSearch } from './use-sandbox-search';
import type { SandboxRunner } from './use-sandbox-runner';

const sandboxPath = (id: string) => `/sandboxes/${encodeURIComponent(id)}`;

/** The "Sandboxes" group: an exact id's sandbox, recent visits and the search's matches, with its states. */
export function useSandboxGroup(query: string, open: boolean): PaletteGroup {
  const router = useRouter();
  const search = useSandboxSearch(query, open);
  // Read when the palette opens (or the query changes): the page that was just left is remembered by then.
  const recent = open ? readRecentSandboxes() : [];
  const needle = query.trim();
  const entries: PaletteEntry[] = [];
  const go = (id: string, name: string, status?: string): PaletteEntry => ({
    value: `sandbox:${id}`,
    label: name,
    detail: id,
    aside: status ? <StatusBadge status={status} /> : undefined,
    run: () => router.push(sandboxPath(id)),
  });

  if (search.byId) {
    const { data, error, isPending } = search.byId;
    if (data) entries.push(go(data.id, data.name, data.status));
    else if (isPending)
      return { id: 'sandboxes', heading: 'Sandboxes', entries, notice: loading('Looking up this id…') };
    else {
      const text =
        isApiError(error) && error.status === 404
          ? 'No sandbox has this id.'
          : `Couldn’t look up this id: ${errorMessage(error)}`;
      return {
        id: 'sandboxes',
        heading: 'Sandboxes',
        entries,
        notice: { kind: error ? 'error' : 'empty', text },
      };
    }
    return { id: 'sandboxes', heading: 'Sandboxes', entries };
  }

  const { hits, hidden } = sandboxHits({
    query,
    recent,
    found: search.found,
    complete: search.complete,
    limit: SEARCH_LIMIT,
    moreOnServer: search.moreOnServer,
  });
  entries.push(...hits.map((hit) => go(hit.id, hit.name, hit.status)));
  const heading = needle === '' ? 'Recent sandboxes' : 'Sandboxes';
  if (hidden > 0) {
    entries.push({
      value: 'sandbox-search:all',
      label: `See all matches for “${needle}” in the list`,
      detail: `${hidden} more`,
      run: () => router.push(listHref({ ...DEFAULT_LIST_STATE, q: needle })),
    });
  }
  if (search.error) {
    entries.push({ value: 'sandbox-search:retry', label: 'Search sandboxes again', run: search.retry });
    return {
      id: 'sandboxes',
      heading,
      entries,
      notice: { kind: 'error', text: `Couldn’t search sandboxes: ${errorMessage(search.error)}` },
    };
  }
  if (search.searching) return { id: 'sandboxes', heading, entries, notice: loading('Searching sandboxes…') };
  if (needle !== '' && hits.length === 0) {
    return {
      id: 'sandboxes',
      heading,
      entries,
      notice: { kind: 'empty', text: `No sandbox matches “${needle}”.` },
    };
  }
  return { id: 'sandboxes', heading, entries };
}

const loading = (text: string) => ({ kind: 'loading', text }) as const;

/** On a sandbox's page: what can be done to it now, as its state and the role allow. */
export function useThisSandboxGroup(
  open: boolean,
  sandboxId: string | undefined,
  role: string | undefined,
  query: string,
  runner: SandboxRunner,
): PaletteGroup | undefined {
  // The page keeps this sandbox fresh (it polls while it changes state); this reads the same cache entry, and
  // refreshes it when the palette opens on data older than the usual few seconds.
  const { data: sandbox } = useQuery({
    queryKey: sandboxKeys.detail(sandboxId ?? ''),
    queryFn: ({ signal }) => fetchSandbox(sandboxId ?? '', signal),
    enabled: open && sandboxId !== undefined,
  });
  if (!sandboxId || !sandbox || sandbox.id !== sandboxId) return undefined;
  const target = { id: sandbox.id, name: sandbox.name, status: sandbox.status };
  const commands = sandboxCommands(role, sandbox).map((item) => ({ ...item, text: item.label }));
  const RUN: Record<SandboxCommand, Pick<PaletteEntry, 'run' | 'timing' | 'danger'>> = {
    pause: { run: () => runner.pause(target) },
    resume: { run: () => runner.resume(target) },
    delete: { run: () => runner.askToDelete(target), timing: 'after-close', danger: true },
    console: { run: runner.openConsole, timing: 'instead-of-focus-return' },
    'copy-id': { run: () => runner.copyId(target) },
  };
  const entries = rankItems(commands, query).map((item) => ({
    value: `this-sandbox:${item.command}`,
    label: item.label,
    ...RUN[item.command],
  }));
  return entries.length > 0
    ? { id: 'this-sandbox', heading: `This sandbox: ${sandbox.name}`, entries }
    : undefined;
}
