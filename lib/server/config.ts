import 'server-only';

import { z } from 'zod';

import { DEFAULT_API_URL } from '@/lib/contract/api-url';
import { DEFAULT_API_KEY, DEFAULT_DATA_DIR } from '@/lib/emulator/options';

/** Where the dashboard's requests go: the real Superserve API, or the embedded one in this process. */
export type ApiMode = 'local' | 'remote';

export type ServerConfig = {
  mode: ApiMode;
  /** Base URL of the real API, without a trailing slash. Unused in local mode. */
  apiUrl: string;
  /** The key sent upstream: SUPERSERVE_API_KEY in remote mode, EMULATOR_API_KEY in local mode. */
  apiKey: string;
  /** How long to wait for the upstream's response headers. */
  timeoutMs: number;
  /** Where the embedded API keeps its state. */
  dataDir: string;
};

/**
 * What the browser may know about the configuration: the mode, the host the header names and, in remote mode,
 * the full API URL the code snippets point at (scheme, port and path prefix included). Never the key; the URL
 * never carries credentials either (parseConfig refuses them).
 */
export type PublicConfig =
  | { mode: 'remote'; apiHost: string; apiUrl: string }
  // No URL: this dashboard serves the emulator, at whatever origin the browser reached it by.
  | { mode: 'local'; apiHost: string };

export const DEFAULT_TIMEOUT_MS = 30_000;
// The embedded API's own defaults, so the app and `npm run emulator` agree on them (written once, there).
export { DEFAULT_DATA_DIR, DEFAULT_API_KEY as DEFAULT_EMULATOR_API_KEY };
/** The API host in local mode, where there is no host to name (the header says "Embedded API" instead). */
export const EMULATOR_API_HOST = 'emulator';

/** A `.env` line like `SUPERSERVE_API_KEY=` means "not set", not "set to nothing". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    schema.optional(),
  );

// A key is pasted, so a stray space or line break is the usual mistake. The message never echoes the value.
const apiKey = z
  .string()
  .regex(
    /^[\x21-\x7e]+$/,
    'must be printable ASCII without spaces or line breaks (check for a stray character)',
  );

const apiUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL, like https://api.superserve.ai' })
  .refine((value) => {
    if (!URL.canParse(value)) return true; // already reported by the check above
    const url = new URL(value);
    return !url.search && !url.hash && !url.username && !url.password;
  }, 'must be a plain base URL without credentials, query string or #fragment');

const timeoutMs = z
  .string()
  .regex(/^\d+$/, 'must be a whole number of milliseconds, like 30000')
  .transform(Number)
  .pipe(
    z.number().min(100, 'must be at least 100 ms').max(600_000, 'must be at most 600000 ms (10 minutes)'),
  );

const EnvSchema = z.object({
  SUPERSERVE_API_KEY: optional(apiKey),
  SUPERSERVE_API_URL: optional(apiUrl),
  SUPERSERVE_API_TIMEOUT_MS: optional(timeoutMs),
  DATA_DIR: optional(z.string().trim()),
  EMULATOR_API_KEY: optional(apiKey),
});

/** Thrown at start-up when a setting is invalid; the message names every bad variable and how to fix it. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** Validates the settings from `env`. Pure, so every rule is unit-tested without touching process.env. */
export function parseConfig(env: Env): ServerConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`));
  }
  const settings = parsed.data;
  const remoteKey = settings.SUPERSERVE_API_KEY;
  return {
    mode: remoteKey ? 'remote' : 'local',
    apiUrl: (settings.SUPERSERVE_API_URL ?? DEFAULT_API_URL).replace(/\/+$/, ''),
    apiKey: remoteKey ?? settings.EMULATOR_API_KEY ?? DEFAULT_API_KEY,
    timeoutMs: settings.SUPERSERVE_API_TIMEOUT_MS ?? DEFAULT_TIMEOUT_MS,
    dataDir: settings.DATA_DIR ?? DEFAULT_DATA_DIR,
  };
}

/** The browser-safe part of the configuration: the mode badge, the host it names, the snippets' API URL. */
export function toPublicConfig(config: ServerConfig): PublicConfig {
  if (config.mode === 'local') return { mode: 'local', apiHost: EMULATOR_API_HOST };
  return { mode: 'remote', apiHost: new URL(config.apiUrl).host, apiUrl: config.apiUrl };
}

let cached: ServerConfig | undefined;

/** The validated configuration of this process, read from the environment once. */
export function getConfig(): ServerConfig {
  cached ??= parseConfig(process.env);
  return cached;
}

export function getPublicConfig(): PublicConfig {
  return toPublicConfig(getConfig());
}
