/** Creating, patching and deleting sandboxes, each in one transaction so a failure leaves nothing behind. */
import type { CreateSandboxRequest, SandboxPatch } from '@/lib/contract';
import { DEFAULT_TEMPLATE } from '@/lib/contract';

import type { Core } from './core';
import { inTransaction } from './core';
import { ApiError, conflict, SANDBOX_NOT_FOUND, notFound } from './errors';
import { newAccessToken, newId } from './ids';
import { requireSandbox } from './lifecycle';
import { findTemplate } from './templates';
import { sandboxResponse } from './views';

/** The order in which the real API checks the fields of a create request (API-NOTES). */
export const CREATE_CHECK_ORDER = [
  'name',
  'timeout_seconds',
  'network',
  'metadata',
  'env_vars',
  'from_template',
];

export type CreateResult = { status: number; body: string; replayed: boolean };
export type IdempotencyInput = { key: string; requestHash: string } | null;

export function createSandbox(
  core: Core,
  input: CreateSandboxRequest,
  idempotency: IdempotencyInput,
): CreateResult {
  return inTransaction(core, () => {
    const now = core.now();
    if (idempotency) {
      const stored = core.idempotency.find(idempotency.key, now);
      if (stored && stored.requestHash === idempotency.requestHash) {
        return { status: stored.status, body: stored.body, replayed: true };
      }
      if (stored) {
        throw conflict(`Idempotency-Key "${idempotency.key}" was already used with a different request body`);
      }
    }
    const template = findTemplate(core, input.from_template ?? DEFAULT_TEMPLATE);
    if (template.status !== 'ready') throw conflict(`template is not ready (status=${template.status})`);
    const count = core.sandboxes.count();
    if (count >= core.maxSandboxes) {
      throw new ApiError(
        429,
        'too_many_sandboxes',
        `The team has reached its limit of ${core.maxSandboxes} sandboxes (paused ones count too); delete a sandbox to create another`,
      );
    }
    const sandbox = core.sandboxes.insert({
      id: newId(),
      name: input.name,
      status: 'active',
      templateId: template.id,
      buildId: template.readyBuildId,
      vcpuCount: template.vcpu,
      memoryMib: template.memoryMib,
      createdAt: now,
      timeoutSeconds: input.timeout_seconds ?? null,
      network: input.network ?? null,
      metadata: input.metadata ?? {},
      envVars: input.env_vars ?? {},
      accessToken: newAccessToken(),
    });
    const body = JSON.stringify(sandboxResponse(sandbox));
    if (idempotency)
      core.idempotency.save(
        idempotency.key,
        { requestHash: idempotency.requestHash, status: 201, body },
        now,
      );
    return { status: 201, body, replayed: false };
  });
}

/** PATCH replaces `network` and/or `metadata`. A network change needs an active sandbox; then nothing applies. */
export function patchSandbox(core: Core, id: string, patch: SandboxPatch): void {
  inTransaction(core, () => {
    const sandbox = requireSandbox(core, id);
    if (patch.network !== undefined && sandbox.status !== 'active') {
      throw conflict('Sandbox must be active to update network config');
    }
    if (patch.network !== undefined) core.sandboxes.replaceNetwork(sandbox, patch.network);
    if (patch.metadata !== undefined) core.sandboxes.replaceMetadata(sandbox, patch.metadata);
  });
}

export function deleteSandbox(core: Core, id: string): void {
  if (!core.sandboxes.delete(id)) throw notFound(SANDBOX_NOT_FOUND);
}
