/**
 * Sandbox and template states, without zod: pages that only need the list of states (the list's status filter) import this
 * file directly and keep the schema library out of their bundle. Re-exported by ./sandbox, ./template and the index.
 */

/** Every state the API reports (`deleted` is never shown). The OpenAPI enum lists only three. */
export const SANDBOX_STATUSES = ['starting', 'active', 'pausing', 'paused', 'resuming', 'failed'] as const;
export type SandboxStatus = (typeof SANDBOX_STATUSES)[number];

/** True for a state this version knows; responses still accept any string (the API adds states). */
export function isKnownSandboxStatus(status: string): status is SandboxStatus {
  return (SANDBOX_STATUSES as readonly string[]).includes(status);
}

/** Every template state; its builds have more (./template). The templates list's status filter offers these. */
export const TEMPLATE_STATUSES = ['pending', 'building', 'ready', 'failed'] as const;
export type TemplateStatus = (typeof TEMPLATE_STATUSES)[number];

/** Every state of a template's build. */
export const BUILD_STATUSES = [
  'pending',
  'building',
  'snapshotting',
  'ready',
  'failed',
  'cancelled',
] as const;
export type BuildStatus = (typeof BUILD_STATUSES)[number];
/** Builds in these states are finished; the others are "in flight". */
export const TERMINAL_BUILD_STATUSES = ['ready', 'failed', 'cancelled'] as const;
export const BUILD_LOG_STREAMS = ['stdout', 'stderr', 'system'] as const;
export type BuildLogStream = (typeof BUILD_LOG_STREAMS)[number];

export function isKnownTemplateStatus(status: string): status is TemplateStatus {
  return (TEMPLATE_STATUSES as readonly string[]).includes(status);
}
export function isKnownBuildStatus(status: string): status is BuildStatus {
  return (BUILD_STATUSES as readonly string[]).includes(status);
}
export function isTerminalBuildStatus(status: string): boolean {
  return (TERMINAL_BUILD_STATUSES as readonly string[]).includes(status);
}
