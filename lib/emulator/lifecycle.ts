/**
 * The sandbox state machine: active → pausing → paused → resuming → active. Each step is its own transaction,
 * so another request in between sees the transitional state (and gets a 409 if it wants to pause again).
 */
import { setTimeout as sleep } from 'node:timers/promises';

import type { Core } from './core';
import { conflict, INVALID_STATE, notFound, SANDBOX_NOT_FOUND } from './errors';
import { newAccessToken, newId } from './ids';
import type { SandboxRecord, SandboxState } from './store/types';

export function requireSandbox(core: Core, id: string): SandboxRecord {
  const sandbox = core.sandboxes.get(id);
  if (!sandbox) throw notFound(SANDBOX_NOT_FOUND);
  return sandbox;
}

/** Moves through `via` to `to`, waiting the simulated transition time in between. */
async function transit(
  core: Core,
  id: string,
  from: SandboxState,
  via: SandboxState,
  to: SandboxState,
  extra: { snapshotId?: string; accessToken?: string },
): Promise<SandboxRecord> {
  if (!core.sandboxes.transition(id, [from], via)) {
    requireSandbox(core, id);
    throw conflict(INVALID_STATE);
  }
  if (core.timing.transitionMs > 0) await sleep(core.timing.transitionMs);
  core.sandboxes.transition(id, [via], to, extra);
  const sandbox = requireSandbox(core, id);
  // Another process sharing the data folder may have settled the transition first; that is still a success.
  if (sandbox.status !== to) throw conflict(INVALID_STATE);
  return sandbox;
}

/** Snapshots and suspends an active sandbox. The snapshot id is set at the first pause and then kept. */
export const pauseSandbox = (core: Core, id: string): Promise<SandboxRecord> =>
  transit(core, id, 'active', 'pausing', 'paused', { snapshotId: newId() });

/** Restores a paused sandbox; the access token is rotated, as the real API does. */
export const resumeSandbox = (core: Core, id: string): Promise<SandboxRecord> =>
  transit(core, id, 'paused', 'resuming', 'active', { accessToken: newAccessToken() });

/** What the SDK's `Sandbox.connect` calls: resume if paused, and hand out a fresh access token either way. */
export async function activateSandbox(core: Core, id: string): Promise<SandboxRecord> {
  const sandbox = requireSandbox(core, id);
  if (sandbox.status === 'paused') return resumeSandbox(core, id);
  if (!core.sandboxes.transition(id, ['active'], 'active', { accessToken: newAccessToken() })) {
    requireSandbox(core, id);
    throw conflict(INVALID_STATE);
  }
  return requireSandbox(core, id);
}

/**
 * Exec runs on an active sandbox; a paused one is resumed first and stays active. When another request is
 * already resuming it (two commands sent to a paused sandbox at once), wait for that resume instead of failing.
 */
export async function readyForExec(core: Core, id: string): Promise<SandboxRecord> {
  const deadline = Date.now() + core.timing.transitionMs * 4 + 1000;
  for (;;) {
    const sandbox = requireSandbox(core, id);
    if (sandbox.status === 'active') return sandbox;
    if (sandbox.status === 'paused') return resumeSandbox(core, id);
    if (sandbox.status !== 'resuming' || Date.now() > deadline) throw conflict(INVALID_STATE);
    await sleep(20);
  }
}
