import 'server-only';

import { parseAuthSettings } from '@/lib/auth/settings';
import { parseTelemetrySettings } from '@/lib/telemetry/settings';

import { ConfigError, parseConfig } from './config';
import { parseAllowedHosts } from './hosts';
import { parseShutdownGrace } from './shutdown-settings';

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
  const accounts = parseAuthSettings(env, mode);
  const hosts = parseAllowedHosts(env.CONSOLE_ALLOWED_HOSTS);
  const telemetry = parseTelemetrySettings(env);
  const grace = parseShutdownGrace(env.SHUTDOWN_GRACE_MS);
  const problems = [
    ...('problems' in accounts ? accounts.problems : []),
    ...('problem' in hosts ? [hosts.problem] : []),
    ...('problems' in telemetry ? telemetry.problems : []),
    ...('problem' in grace ? [grace.problem] : []),
  ];
  if (problems.length > 0) return new ConfigError(problems).message;
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
  if (problems !== undefined) {
    console.error(`\n${problems}\n\nFix the setting (see .env.example) and start the server again.\n`);
    process.exit(1);
  }
  await openAccountsAtStartup();
}

/**
 * Opens the dashboard's own database when the server starts: migrations run now, and CONSOLE_ADMIN_EMAIL creates
 * the first admin now, not on some later request. A database that can't be reached stops the server, named
 * without its password.
 */
async function openAccountsAtStartup(): Promise<void> {
  const { getConsole, getAuthSettings } = await import('@/lib/auth');
  try {
    await getConsole();
  } catch (error) {
    const { describeDatabase } = await import('@/lib/db/connect');
    const where = describeDatabase({
      databaseUrl: getAuthSettings().databaseUrl,
      dataDir: parseConfig(process.env).dataDir,
    });
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`\nThe dashboard's database (${where}) could not be opened: ${reason}\n`);
    process.exit(1);
  }
}
