/**
 * Where the Superserve API is, for both sides: the server's upstream defaults to it, and the code snippets the
 * browser shows name it (or this dashboard's emulator).
 */

/** The public Superserve API: the upstream when SUPERSERVE_API_URL is unset, and what both SDKs default to. */
export const DEFAULT_API_URL = 'https://api.superserve.ai';

/**
 * Where this dashboard serves its emulator over HTTP in local mode (app/emulator), for the official SDKs, the
 * CLI and curl: SUPERSERVE_BASE_URL=http://localhost:3000/emulator.
 */
export const EMULATOR_PATH = '/emulator';
