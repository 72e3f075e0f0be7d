'use client';

/**
 * Acting on one sandbox from the browser: pause, resume, delete and patch, as plain functions (for the list's
 * bulk runner) and as TanStack mutations (for buttons). Every mutation keeps the detail cache AND every cached
 * list in step: an optimistic status where the API's answer is a known next state, then an invalidation, so
 * the page and the list agree with the server a moment later whatever happened.
 */
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ResumeResponse, SandboxPatch, SandboxResponse } from '@/lib/contract';
import { apiFetch } from './api';
import { isApiError } from './api-error';
import { sandboxKeys } from './query-keys';
import type { SandboxList } from './sandboxes';

function sandboxPath(id: string, action?: string): string {
  return `/sandboxes/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;
}

/** `POST /sandboxes/{id}/pause` → 204. 409 unless the sandbox is active. */
export async function pauseSandbox(id: string, signal?: AbortSignal): Promise<void> {
  await apiFetch<undefined>(sandboxPath(id, 'pause'), { method: 'POST', signal });
}

/** `POST /sandboxes/{id}/resume` → 200 `{id, status:'active'}`. 409 unless the sandbox is paused. */
export function resumeSandbox(id: string, signal?: AbortSignal): Promise<ResumeResponse> {
  return apiFetch<ResumeResponse>(sandboxPath(id, 'resume'), { method: 'POST', signal });
}

/** `DELETE /sandboxes/{id}` → 204 from any state; 404 when it is already gone. */
export async function deleteSandbox(id: string, signal?: AbortSignal): Promise<void> {
  await apiFetch<undefined>(sandboxPath(id), { method: 'DELETE', signal });
}

/**
 * `PATCH /sandboxes/{id}` → 204. Each field present REPLACES the old value entirely (`{}` clears it).
 * `network` needs an active sandbox (409 otherwise, and then nothing is applied, metadata included).
 */
export async function patchSandbox(id: string, body: SandboxPatch, signal?: AbortSignal): Promise<void> {
  await apiFetch<undefined>(sandboxPath(id), { method: 'PATCH', json: body, signal });
}

// --- Cache helpers -------------------------------------------------------------------------------------------

type SandboxChange = Partial<Pick<SandboxResponse, 'status' | 'metadata' | 'network'>>;

type Snapshot = Array<[readonly unknown[], unknown]>;

/** Everything cached under `sandboxes`, so a failed optimistic update can be put back exactly. */
function snapshotSandboxes(client: QueryClient): Snapshot {
  return client.getQueriesData({ queryKey: sandboxKeys.all });
}

function restoreSandboxes(client: QueryClient, snapshot: Snapshot | undefined): void {
  for (const [key, data] of snapshot ?? []) client.setQueryData(key, data);
}

/** Applies a change to the sandbox in its detail cache and in every cached list page that shows it. */
export function updateCachedSandbox(client: QueryClient, id: string, change: SandboxChange): void {
  client.setQueryData<SandboxResponse>(sandboxKeys.detail(id), (old) => (old ? { ...old, ...change } : old));
  client.setQueriesData<SandboxList>({ queryKey: sandboxKeys.lists() }, (list) => {
    if (!list?.items.some((item) => item.id === id)) return list;
    return { ...list, items: list.items.map((item) => (item.id === id ? { ...item, ...change } : item)) };
  });
}

/** Drops a deleted sandbox from every cached list (and its total), and forgets its detail when unused. */
export function removeCachedSandbox(client: QueryClient, id: string): void {
  client.setQueriesData<SandboxList>({ queryKey: sandboxKeys.lists() }, (list) => {
    if (!list?.items.some((item) => item.id === id)) return list;
    return {
      items: list.items.filter((item) => item.id !== id),
      total: list.total === null ? null : Math.max(0, list.total - 1),
    };
  });
  const detail = client.getQueryCache().find({ queryKey: sandboxKeys.detail(id), exact: true });
  // A page still showing it (the detail page that deleted it, on its way out) would refetch a removed query
  // and flash "not found"; there, only stop its fetches and let the cache collect it once the page is gone.
  if (detail && detail.getObserversCount() > 0) void client.cancelQueries({ queryKey: detail.queryKey });
  else client.removeQueries({ queryKey: sandboxKeys.detail(id), exact: true });
}

/**
 * Stops in-flight fetches first (an older answer must not overwrite the optimistic state), applies the change,
 * and returns what to restore on failure.
 */
async function optimistic(client: QueryClient, id: string, change: SandboxChange): Promise<Snapshot> {
  await client.cancelQueries({ queryKey: sandboxKeys.all });
  const snapshot = snapshotSandboxes(client);
  updateCachedSandbox(client, id, change);
  return snapshot;
}

/** Not awaited by callers' UI: the button is free again as soon as the API answered. */
function refreshSandbox(client: QueryClient, id: string): Promise<void> {
  return Promise.all([
    client.invalidateQueries({ queryKey: sandboxKeys.detail(id) }),
    client.invalidateQueries({ queryKey: sandboxKeys.lists() }),
  ]).then(() => undefined);
}

// --- Mutation hooks ------------------------------------------------------------------------------------------
// The sandbox id is the mutation's variable, so one hook serves a detail page and a whole table of rows.

/** Pause: shows `pausing` at once; the detail page polls while the sandbox is between states. */
export function usePauseSandbox() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => pauseSandbox(id),
    onMutate: (id) => optimistic(client, id, { status: 'pausing' }),
    onError: (_error, _id, snapshot) => restoreSandboxes(client, snapshot),
    onSettled: (_data, _error, id) => refreshSandbox(client, id),
  });
}

/** Resume: shows `resuming` at once, `active` once the API has answered. */
export function useResumeSandbox() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => resumeSandbox(id),
    onMutate: (id) => optimistic(client, id, { status: 'resuming' }),
    onSuccess: (response, id) => updateCachedSandbox(client, id, { status: response?.status || 'active' }),
    onError: (_error, _id, snapshot) => restoreSandboxes(client, snapshot),
    onSettled: (_data, _error, id) => refreshSandbox(client, id),
  });
}

/** Deleting something already gone is what the user asked for: the API's 404 counts as done. */
export async function deleteSandboxIfPresent(id: string, signal?: AbortSignal): Promise<void> {
  try {
    await deleteSandbox(id, signal);
  } catch (error) {
    if (isApiError(error) && error.status === 404) return;
    throw error;
  }
}

/**
 * Delete: the sandbox leaves every list only once the API confirmed it (a delete cannot be undone, so nothing
 * optimistic that would have to reappear).
 */
export function useDeleteSandbox() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteSandboxIfPresent(id),
    onSuccess: (_data, id) => {
      removeCachedSandbox(client, id);
      void client.invalidateQueries({ queryKey: sandboxKeys.lists() });
    },
  });
}

export type PatchSandboxInput = { id: string; body: SandboxPatch };

/**
 * Patch metadata and/or network. The new values are shown only after the API accepted them (after a 400 or
 * 409 the page must keep showing what the sandbox really has), then everything is refetched.
 */
export function usePatchSandbox() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: PatchSandboxInput) => patchSandbox(id, body),
    onSuccess: (_data, { id, body }) => {
      const change: SandboxChange = {};
      if (body.metadata !== undefined) change.metadata = body.metadata;
      if (body.network !== undefined) change.network = body.network;
      updateCachedSandbox(client, id, change);
    },
    onSettled: (_data, _error, { id }) => refreshSandbox(client, id),
  });
}
