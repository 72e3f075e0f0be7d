'use client';

/**
 * Creating a sandbox from the browser: POST /api/sandboxes with an Idempotency-Key, then the caches updated so
 * the new sandbox's page paints at once and every list shows it on its next render.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateSandboxRequest, SandboxResponse } from '@/lib/contract';
import { apiFetch } from './api';
import { sandboxKeys } from './query-keys';

export type CreateSandboxInput = { body: CreateSandboxRequest; idempotencyKey: string };

export function createSandbox({ body, idempotencyKey }: CreateSandboxInput): Promise<SandboxResponse> {
  return apiFetch<SandboxResponse>('/sandboxes', {
    method: 'POST',
    json: body,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

export function useCreateSandbox() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createSandbox,
    onSuccess: (sandbox) => {
      client.setQueryData(sandboxKeys.detail(sandbox.id), sandbox);
      // Not awaited: navigation to the new page should not wait for lists to refetch.
      void client.invalidateQueries({ queryKey: sandboxKeys.lists() });
    },
  });
}
