import 'server-only';

import { headers } from 'next/headers';
import { QueryClient } from '@tanstack/react-query';

import type { AuditTrail } from '@/lib/audit/types';
import { actorFor } from '@/lib/auth/actor';
import { API_BASE, apiUrl, type ApiResult } from '@/lib/client/api';
import { apiErrorFromResponse } from '@/lib/client/api-error';
import { sandboxListUrl } from '@/lib/client/list-url';
import { sandboxKeys, templateKeys, type SandboxListParams } from '@/lib/client/query-keys';
import { collectAllSandboxes, readSandboxList } from '@/lib/client/sandbox-list';
import type { SandboxResponse, TemplateBuildResponse, TemplateResponse } from '@/lib/contract';
import { toApiParams, type ListState } from '@/lib/list/filters';
import { OVERVIEW_STATES, stateCountParams } from '@/lib/overview/counts';
import { templateApiParams, type TemplateListState } from '@/lib/templates/list-state';

import { getConfig } from './config';
import { proxyRequest } from './proxy';
import { getUpstream } from './upstream';

/*
 * A page's first data, fetched while the server renders it, so the HTML already carries the rows. Each read goes
 * through the proxy's own core (lib/server/proxy), exactly as the browser's `/api` call would: the session's role
 * is checked, the query string too, the configured upstream answers (the embedded API in-process, or the real
 * API over fetch with the key), access tokens are stripped and, in remote mode, the key is redacted. What lands
 * in a QueryClient here is what the browser's query would have cached, under the same key; the page dehydrates
 * it into the HTML. A read that fails leaves its query out: the browser then fetches as it always did, with its
 * own loading and error states.
 */

/**
 * A QueryClient for one page render. No retries: a failed read is the browser's to retry, with its loading and
 * error states, rather than a page held back for seconds.
 */
export function pageQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false } } });
}

/** Reads never write; a write reaching the audit trail from here would be a bug, so it is refused. */
const READ_ONLY_AUDIT: AuditTrail = {
  record: () => Promise.reject(new Error('a page prefetch never writes')),
  complete: () => Promise.resolve(),
};

/** An origin for the Request objects handed to the proxy core; it routes on the path and reads only the query. */
const PAGE_ORIGIN = 'http://console.page';

/**
 * `GET` of a browser URL (`/api/sandboxes?status=active`, as lib/client/api's apiUrl builds it) through the
 * proxy, for the person whose page this is. Throws the browser's ApiError for a non-2xx answer.
 */
async function serverApiGet(url: string): Promise<ApiResult<unknown>> {
  if (!url.startsWith(`${API_BASE}/`)) throw new Error(`not an API URL: ${url}`);
  const requestHeaders = await headers();
  const config = getConfig();
  const request = new Request(`${PAGE_ORIGIN}${url}`, { headers: { accept: 'application/json' } });
  const path = new URL(request.url).pathname
    .slice(API_BASE.length + 1)
    .split('/')
    .map(decodeURIComponent);
  const response = await proxyRequest(request, path, {
    config,
    upstream: getUpstream(config),
    requester: () => actorFor(requestHeaders),
    audit: READ_ONLY_AUDIT,
  });
  if (!response.ok) throw await apiErrorFromResponse(response);
  const text = await response.text();
  return { data: text ? JSON.parse(text) : undefined, status: response.status, headers: response.headers };
}

async function serverGetJson<T>(url: string): Promise<T> {
  return (await serverApiGet(url)).data as T;
}

/** One page of sandboxes as the browser's list reads it (rows and total). */
async function fetchSandboxPage(page: SandboxListParams) {
  const { data, headers: answer } = await serverApiGet(sandboxListUrl(page));
  return readSandboxList(data, answer);
}

/** The templates list the sandbox table and the detail header name templates from (useTemplates()). */
function prefetchTemplates(client: QueryClient): Promise<void> {
  return client.prefetchQuery({
    queryKey: templateKeys.list({}),
    queryFn: () => serverGetJson<TemplateResponse[]>(`${API_BASE}/templates`),
  });
}

/**
 * The rows `/sandboxes` shows for `state` (parsed from the URL with the browser's own parseListParams): the page
 * the API pages, or — filtered by template — every sandbox, as lib/client/all-sandboxes fetches them. The same
 * keys and params as components/sandboxes/list/use-sandbox-list, so the browser finds them cached.
 */
export async function prefetchSandboxList(client: QueryClient, state: ListState): Promise<void> {
  const params = toApiParams(state);
  const rows =
    state.template !== ''
      ? client.prefetchQuery({
          queryKey: sandboxKeys.everything(params.metadata),
          queryFn: () => collectAllSandboxes(params.metadata, fetchSandboxPage),
        })
      : client.prefetchQuery({ queryKey: sandboxKeys.list(params), queryFn: () => fetchSandboxPage(params) });
  await Promise.all([rows, prefetchTemplates(client)]);
}

/** One sandbox for `/sandboxes/[id]` (useSandbox(id)), and the templates its header names. */
export async function prefetchSandbox(client: QueryClient, id: string): Promise<void> {
  await Promise.all([
    client.prefetchQuery({
      queryKey: sandboxKeys.detail(id),
      queryFn: () => serverGetJson<SandboxResponse>(`${API_BASE}/sandboxes/${encodeURIComponent(id)}`),
    }),
    prefetchTemplates(client),
  ]);
}

/** A template's build history (useTemplateBuilds(id)). */
function prefetchBuilds(client: QueryClient, templateId: string): Promise<void> {
  return client.prefetchQuery({
    queryKey: templateKeys.builds(templateId),
    queryFn: () =>
      serverGetJson<TemplateBuildResponse[]>(
        `${API_BASE}/templates/${encodeURIComponent(templateId)}/builds`,
      ),
  });
}

/**
 * What `/templates` shows for `state` (parsed from the URL with the browser's own parseTemplateListParams): the
 * templates, every sandbox (the usage column counts them) and each template's builds (its latest-build cell),
 * under the keys components/templates/list/use-template-rows and template-row use.
 */
export async function prefetchTemplateList(client: QueryClient, state: TemplateListState): Promise<void> {
  const params = templateApiParams(state);
  const templates = client
    .prefetchQuery({
      queryKey: templateKeys.list(params),
      queryFn: () => serverGetJson<TemplateResponse[]>(apiUrl('/templates', params)),
    })
    .then(() => {
      const list = client.getQueryData<TemplateResponse[]>(templateKeys.list(params)) ?? [];
      return Promise.all(list.map((template) => prefetchBuilds(client, template.id)));
    });
  const sandboxes = client.prefetchQuery({
    queryKey: sandboxKeys.everything(undefined),
    queryFn: () => collectAllSandboxes(undefined, fetchSandboxPage),
  });
  await Promise.all([templates, sandboxes]);
}

/**
 * One template for `/templates/[id]` (useTemplate(idOrName), keyed by the URL's segment as the page is) and its
 * builds (useTemplateBuilds, keyed by the id the answer gives), so its header and build history are in the HTML.
 */
export async function prefetchTemplate(client: QueryClient, idOrName: string): Promise<void> {
  const templatePath = `${API_BASE}/templates/${encodeURIComponent(idOrName)}`;
  await client.prefetchQuery({
    queryKey: templateKeys.detail(idOrName),
    queryFn: () => serverGetJson<TemplateResponse>(templatePath),
  });
  const template = client.getQueryData<TemplateResponse>(templateKeys.detail(idOrName));
  if (template) await prefetchBuilds(client, template.id);
}

/**
 * What `/` shows first: each state's count (one small request per state, the keys lib/client/overview reads),
 * every sandbox (resources, ending soon and the creations chart, as useAllSandboxes reads them) and the
 * templates (the ones building or failed). The audit log is the browser's to fetch: only admins see it.
 */
export async function prefetchOverview(client: QueryClient): Promise<void> {
  const counts = OVERVIEW_STATES.map((state) => {
    const params = stateCountParams(state);
    return client.prefetchQuery({
      queryKey: sandboxKeys.list(params),
      queryFn: () => fetchSandboxPage(params),
    });
  });
  const everything = client.prefetchQuery({
    queryKey: sandboxKeys.everything(undefined),
    queryFn: () => collectAllSandboxes(undefined, fetchSandboxPage),
  });
  await Promise.all([...counts, everything, prefetchTemplates(client)]);
}
