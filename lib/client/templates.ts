'use client';

import { useQuery } from '@tanstack/react-query';
import type { TemplateResponse } from '@/lib/contract';
import { apiFetch } from './api';
import { templateKeys, type TemplateListParams } from './query-keys';

export function fetchTemplates(
  params: TemplateListParams = {},
  signal?: AbortSignal,
): Promise<TemplateResponse[]> {
  return apiFetch<TemplateResponse[]>('/templates', { query: params, signal });
}

/** The team's templates and the system ones, newest first (as the API sends them). */
export function useTemplates(params: TemplateListParams = {}) {
  return useQuery({
    queryKey: templateKeys.list(params),
    queryFn: ({ signal }) => fetchTemplates(params, signal),
    staleTime: 60_000,
  });
}
