import 'server-only';

/**
 * Whether this process is shutting down (lib/server/graceful-shutdown): `/api/ready` then answers 503
 * "shutting_down", so a load balancer stops sending it work. On globalThis: the shutdown runs from
 * instrumentation.ts's bundle, the readiness check from a route handler's.
 */
const SLOT = Symbol.for('sandbox-console.draining');

type Slot = { [SLOT]?: boolean };

export function isDraining(): boolean {
  return (globalThis as Slot)[SLOT] === true;
}

export function startDraining(): void {
  (globalThis as Slot)[SLOT] = true;
}

/** Tests only: back to serving. */
export function stopDrainingForTests(): void {
  delete (globalThis as Slot)[SLOT];
}
