import 'server-only';

import { ConfigError, parseConfig } from './config';

type Env = Record<string, string | undefined>;

/** Every configuration problem in `env`, as one message, or undefined when the server can start. */
export async function configurationProblems(env: Env): Promise<string | undefined> {
  let mode;
  try {
    mode = parseConfig(env).mode;
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  if (mode !== 'local') return undefined;
  // The embedded API's own settings (EMULATOR_MAX_SANDBOXES, EMULATOR_RATE_LIMIT, …): reading them is all
  // emulatorOptionsFromEnv does, so whatever it throws is a bad setting, and its message names it.
  const { emulatorOptionsFromEnv } = await import('@/lib/emulator');
  try {
    emulatorOptionsFromEnv(env);
  } catch (error) {
    return `Invalid configuration:\n  - ${error instanceof Error ? error.message : String(error)}`;
  }
  return undefined;
}

/**
 * Validates the configuration when the server starts (from instrumentation.ts), so a bad setting stops the
 * server with a message naming the variable instead of surfacing as an error on the first request.
 */
export async function validateConfigAtStartup(): Promise<void> {
  const problems = await configurationProblems(process.env);
  if (problems === undefined) return;
  console.error(`\n${problems}\n\nFix the setting (see .env.example) and start the server again.\n`);
  process.exit(1);
}
