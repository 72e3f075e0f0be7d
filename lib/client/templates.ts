'use client';

/**
 * Templates from the browser: the list, one template, its builds, and the writes (create, rebuild, cancel a
 * build, delete) as plain functions and TanStack hooks. Every write invalidates everything cached under
 * `templates`, so the list, the page and the sandbox form's template picker agree with the server a moment later.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateTemplateRequestInput,
  CreateTemplateResponse,
  TemplateBuildResponse,
  TemplateResponse,
} from '@/lib/contract';
import { isBuilding } from '@/lib/templates/actions';
import { apiFetch } from './api';
import { templateKeys, type TemplateListParams } from './query-keys';

const templatePath = (id: string, ...rest: string[]) =>
  ['/templates', encodeURIComponent(id), ...rest.map(encodeURIComponent)].join('/');

/** While a build runs its template changes state on its own: poll so the screen follows it. */
const BUILDING_POLL_MS = 2_000;

export function fetchTemplates(
  params: TemplateListParams = {},
  signal?: AbortSignal,
): Promise<TemplateResponse[]> {
  return apiFetch<TemplateResponse[]>('/templates', { query: params, signal });
}

export function fetchTemplate(id: string, signal?: AbortSignal): Promise<TemplateResponse> {
  return apiFetch<TemplateResponse>(templatePath(id), { signal });
}

export function fetchBuilds(templateId: string, signal?: AbortSignal): Promise<TemplateBuildResponse[]> {
  return apiFetch<TemplateBuildResponse[]>(templatePath(templateId, 'builds'), { signal });
}

type ListOptions = { refetchInterval?: number | false; enabled?: boolean };

/**
 * The team's templates and the system ones, newest first (as the API sends them). The previous answer stays on
 * screen while a new filter loads; while any template builds, the list polls so its status moves on its own.
 */
export function useTemplates(params: TemplateListParams = {}, options: ListOptions = {}) {
  return useQuery({
    queryKey: templateKeys.list(params),
    queryFn: ({ signal }) => fetchTemplates(params, signal),
    staleTime: 60_000,
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
    refetchInterval: (query) =>
      query.state.data?.some((template) => isBuilding(template.status))
        ? BUILDING_POLL_MS
        : (options.refetchInterval ?? false),
  });
}

/** One template by id, polled while it builds. */
export function useTemplate(id: string) {
  return useQuery({
    queryKey: templateKeys.detail(id),
    queryFn: ({ signal }) => fetchTemplate(id, signal),
    refetchInterval: (query) =>
      query.state.data && isBuilding(query.state.data.status) ? BUILDING_POLL_MS : false,
  });
}

/** A template's builds, newest first, polled while one is in flight. */
export function useTemplateBuilds(templateId: string) {
  return useQuery({
    queryKey: templateKeys.builds(templateId),
    queryFn: ({ signal }) => fetchBuilds(templateId, signal),
    refetchInterval: (query) =>
      query.state.data?.some((build) => isBuildInFlight(build.status)) ? BUILDING_POLL_MS : false,
  });
}

const TERMINAL_BUILD = new Set(['ready', 'failed', 'cancelled']);
/** Any status but a finished one, so a state this version doesn't know keeps being watched. */
export const isBuildInFlight = (status: string) => !TERMINAL_BUILD.has(status);

// --- Writes --------------------------------------------------------------------------------------------------

/** `POST /templates` → 202 with the template (`building`) and its first build's id. */
export function createTemplate(
  body: CreateTemplateRequestInput,
  idempotencyKey?: string,
): Promise<CreateTemplateResponse> {
  return apiFetch<CreateTemplateResponse>('/templates', {
    method: 'POST',
    json: body,
    headers: idempotencyKey ? { 'idempotency-key': idempotencyKey } : undefined,
  });
}

/** `POST /templates/{id}/builds` → the build in flight (200) or a new one (201). */
export function rebuildTemplate(id: string): Promise<TemplateBuildResponse> {
  return apiFetch<TemplateBuildResponse>(templatePath(id, 'builds'), { method: 'POST' });
}

/** `DELETE /templates/{id}/builds/{build_id}` → 204, even when the build has already finished. */
export async function cancelBuild(templateId: string, buildId: string): Promise<void> {
  await apiFetch<undefined>(templatePath(templateId, 'builds', buildId), { method: 'DELETE' });
}

/** `DELETE /templates/{id}` → 204; 409 while a sandbox uses it or a build is in flight. */
export async function deleteTemplate(id: string): Promise<void> {
  await apiFetch<undefined>(templatePath(id), { method: 'DELETE' });
}

/** Wraps a write so that, whatever its outcome, every cached template view is refreshed afterwards. */
function useTemplateWrite<TArgs, TResult>(write: (args: TArgs) => Promise<TResult>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSettled: () => client.invalidateQueries({ queryKey: templateKeys.all }),
  });
}

export const useCreateTemplate = () =>
  useTemplateWrite(
    ({ body, idempotencyKey }: { body: CreateTemplateRequestInput; idempotencyKey?: string }) =>
      createTemplate(body, idempotencyKey),
  );
export const useRebuildTemplate = () => useTemplateWrite((id: string) => rebuildTemplate(id));
export const useCancelBuild = () =>
  useTemplateWrite(({ templateId, buildId }: { templateId: string; buildId: string }) =>
    cancelBuild(templateId, buildId),
  );
export const useDeleteTemplate = () => useTemplateWrite((id: string) => deleteTemplate(id));
