/** Configuration of the embedded Superserve API, and how it is read from the environment. */

export type RateLimitOptions = { perSecond: number; burst: number };

/**
 * Simulated durations. The real platform takes a moment to snapshot a VM or build an image; the defaults
 * make those transitions visible in the dashboard, and tests set them to 0 so everything is instant.
 */
export type EmulatorTiming = {
  /** How long a sandbox stays in `pausing` / `resuming`. */
  transitionMs: number;
  /** How long each phase of a template build takes. */
  buildStepMs: number;
  /** How often the background sweeper deletes sandboxes whose lifetime has ended. */
  sweepIntervalMs: number;
};

export type EmulatorOptions = {
  dataDir: string;
  apiKey: string;
  maxSandboxes?: number;
  rateLimit?: RateLimitOptions | null;
  /** Clock in epoch milliseconds; tests pass a controllable one. */
  now?: () => number;
  /** Seed a fresh data folder with demo sandboxes and a team template (default true). */
  seed?: boolean;
  timing?: Partial<EmulatorTiming>;
};

export const DEFAULT_API_KEY = 'sandbox-console-local';
export const DEFAULT_DATA_DIR = '.data';
export const DEFAULT_MAX_SANDBOXES = 50;

export const DEFAULT_TIMING: EmulatorTiming = { transitionMs: 150, buildStepMs: 600, sweepIntervalMs: 1000 };

type Env = Record<string, string | undefined>;

function readInteger(env: Env, name: string, { min }: { min: number }): number | undefined {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    // Fail loudly at startup: a silently ignored typo in a cap is worse than a crash with a clear message.
    throw new Error(`${name} must be an integer of at least ${min}, got "${raw}"`);
  }
  return value;
}

/**
 * Reads DATA_DIR, EMULATOR_API_KEY, EMULATOR_MAX_SANDBOXES, EMULATOR_RATE_LIMIT (requests per second; unset or 0
 * turns the limiter off), EMULATOR_RATE_BURST (default twice the rate) and EMULATOR_BUILD_STEP_MS.
 */
export function emulatorOptionsFromEnv(env: Env = process.env): EmulatorOptions {
  const perSecond = readInteger(env, 'EMULATOR_RATE_LIMIT', { min: 0 }) ?? 0;
  const burst = readInteger(env, 'EMULATOR_RATE_BURST', { min: 1 }) ?? perSecond * 2;
  const buildStepMs = readInteger(env, 'EMULATOR_BUILD_STEP_MS', { min: 0 });
  return {
    dataDir: env.DATA_DIR?.trim() || DEFAULT_DATA_DIR,
    apiKey: env.EMULATOR_API_KEY?.trim() || DEFAULT_API_KEY,
    maxSandboxes: readInteger(env, 'EMULATOR_MAX_SANDBOXES', { min: 1 }) ?? DEFAULT_MAX_SANDBOXES,
    rateLimit: perSecond > 0 ? { perSecond, burst: Math.max(burst, 1) } : null,
    ...(buildStepMs === undefined ? {} : { timing: { buildStepMs } }),
  };
}
