import 'server-only';

import { startRetention } from '@/lib/audit/retention';
import { withTrackedWrites } from '@/lib/audit/pending-writes';
import { type AuditLog, createAuditLog } from '@/lib/audit/store';
import { type ConsoleDb, openConsoleDb } from '@/lib/db/connect';
import { getConfig } from '@/lib/server/config';
import { countAuditWrites } from '@/lib/telemetry/audit-metrics';

import { type Auth, createAuth } from './auth';
import { localSecret } from './secret';
import { type AuthSettings, parseAuthSettings } from './settings';
import { createFirstAdmin } from './setup';

export type Console = { auth: Auth; database: ConsoleDb; settings: AuthSettings; audit: AuditLog };

const SLOT = Symbol.for('sandbox-console.accounts');
type Slot = { [SLOT]?: Promise<Console> };

/** The validated account settings of this process (start-up has already stopped the server on a bad one). */
export function getAuthSettings(): AuthSettings {
  const settings = parseAuthSettings(process.env, getConfig().mode);
  if ('problems' in settings) throw new Error(`Invalid configuration: ${settings.problems.join('; ')}`);
  return settings;
}

/**
 * The accounts of this process: the database (migrated), better-auth on it, and the headless first admin when
 * CONSOLE_ADMIN_EMAIL/PASSWORD ask for one. On globalThis because dev-mode reloads evaluate modules again, and a
 * second pool on the same database would be waste.
 */
export function getConsole(): Promise<Console> {
  const slot = globalThis as Slot;
  slot[SLOT] ??= openConsole().catch((error: unknown) => {
    delete slot[SLOT]; // the next request tries again (say, once PostgreSQL is up)
    throw error;
  });
  return slot[SLOT];
}

/**
 * Closes the database, if this process opened it (a graceful shutdown's last step; lib/server/graceful-shutdown).
 * The next getConsole() would open it again.
 */
export async function closeConsole(): Promise<void> {
  const slot = globalThis as Slot;
  const opening = slot[SLOT];
  if (!opening) return;
  delete slot[SLOT];
  const accounts = await opening.catch(() => undefined);
  await accounts?.database.close();
}

async function openConsole(): Promise<Console> {
  const { dataDir } = getConfig();
  const settings = getAuthSettings();
  const database = await openConsoleDb({ databaseUrl: settings.databaseUrl, dataDir });
  // Counted for the metrics (audit writes and failures): every writer uses this one log. Every write is also
  // tracked process-wide: a graceful shutdown waits for them before it closes the database.
  const audit = withTrackedWrites(countAuditWrites(createAuditLog(database)));
  // Prunes now and then hourly, for as long as the process runs (the timer is unref'd).
  startRetention(audit, { days: settings.auditRetentionDays });
  const auth = createAuth({
    database,
    audit,
    secret: settings.secret ?? localSecret(dataDir),
    publicUrl: settings.publicUrl,
    sessionDays: settings.sessionDays,
    signInRateLimit: settings.signInRateLimit,
    sso: settings.sso,
  });
  const console_ = { auth, database, settings, audit };
  if (settings.bootstrapAdmin) {
    // Ignored once any user exists: the variables only ever create the first one.
    await createFirstAdmin(console_, { name: 'Administrator', ...settings.bootstrapAdmin });
  }
  return console_;
}
