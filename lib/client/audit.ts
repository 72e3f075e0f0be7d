'use client';

/**
 * The audit log from the browser: a page of /audit, a sandbox's Activity, a template's records and the CSV
 * export's address. Data comes from the dashboard's own routes under /api/console/audit (admins for the log;
 * any role for a sandbox or a template).
 */
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';

import type { AuditPage } from '@/lib/audit-view/record';

import { API_BASE, apiFetch } from './api';
import { auditKeys } from './query-keys';

const AUDIT_PATH = '/console/audit';

export function fetchAuditPage(query: string, signal?: AbortSignal): Promise<AuditPage> {
  return apiFetch<AuditPage>(`${AUDIT_PATH}${query ? `?${query}` : ''}`, { signal });
}

/** One page of the log for the routes' query string; the page shown stays while the next one loads. */
export function useAuditLog(query: string, options: { refetchInterval?: number | false } = {}) {
  return useQuery({
    queryKey: auditKeys.list(query),
    queryFn: ({ signal }) => fetchAuditPage(query, signal),
    placeholderData: keepPreviousData,
    refetchInterval: options.refetchInterval ?? false,
  });
}

/** Where "Export CSV" points: the same filters, no cursor (the file holds every matching record). */
export function auditExportHref(filterQuery: string): string {
  return `${API_BASE}${AUDIT_PATH}/export${filterQuery ? `?${filterQuery}` : ''}`;
}

/** A sandbox's records, newest first, a page at a time ("Show older" loads the next). */
export function useSandboxActivity(sandboxId: string, options: { refetchInterval?: number | false } = {}) {
  return useInfiniteQuery({
    queryKey: auditKeys.sandbox(sandboxId),
    queryFn: ({ pageParam, signal }) =>
      apiFetch<AuditPage>(`${AUDIT_PATH}/sandboxes/${encodeURIComponent(sandboxId)}`, {
        query: { before: pageParam },
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.older,
    refetchInterval: options.refetchInterval ?? false,
  });
}

/** The most records a template's page reads at once: enough for its builds' history ("who started it"). */
const TEMPLATE_RECORDS = 200;

/**
 * A template's records, newest first (its create, rebuilds, cancels). No retry: a role or a deployment that
 * can't read them is answered once, and the page then leaves the "Started by" column out.
 */
export function useTemplateActivity(templateId: string) {
  return useQuery({
    queryKey: auditKeys.template(templateId),
    queryFn: ({ signal }) =>
      apiFetch<AuditPage>(`${AUDIT_PATH}/templates/${encodeURIComponent(templateId)}`, {
        query: { limit: TEMPLATE_RECORDS },
        signal,
      }),
    retry: false,
  });
}
