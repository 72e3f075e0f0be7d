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
