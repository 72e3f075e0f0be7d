/**
 * Values the list helpers need from the API contract.
 *
 * Why a local copy: `lib/contract` is being written in parallel. These mirror the team brief exactly
 * (SANDBOX_STATUSES, METADATA_* limits); once `@/lib/contract` exports them, this file re-exports from there
 * instead, so every limit stays written once.
 */
export const SANDBOX_STATUSES = ['starting', 'active', 'pausing', 'paused', 'resuming', 'failed'] as const;
export type SandboxStatus = (typeof SANDBOX_STATUSES)[number];

export const METADATA_MAX_KEYS = 64;
export const METADATA_KEY_MAX_BYTES = 256;
export const METADATA_VALUE_MAX_BYTES = 2048;
