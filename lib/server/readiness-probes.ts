import 'server-only';

import { sql } from 'kysely';

import type { ConsoleDb } from '@/lib/db/connect';
import { serverLog } from '@/lib/telemetry/logger';

import type { ServerConfig } from './config';
import { type CheckName, type CheckState, READY_CHECK_TIMEOUT_MS, type ReadinessProbes } from './readiness';
import { redactSecret } from './redact';
import { EMULATOR_ORIGIN, getEmulator } from './upstream';

type Queryable = Pick<ConsoleDb, 'db'>;

/** The process's database handle (lib/auth), opened, and migrated, if it wasn't yet. */
async function consoleDatabase(): Promise<Queryable> {
  const { getConsole } = await import('@/lib/auth');
  return (await getConsole()).database;
}

/** The dashboard's database answers `select 1` through its Kysely handle. */
export function databaseProbe(open: () => Promise<Queryable> = consoleDatabase): () => Promise<void> {
  return async () => {
    const { db } = await open();
    await sql`select 1`.execute(db);
  };
}

/**
 * The upstream answers its health endpoint with a 2xx. Remote: `GET <SUPERSERVE_API_URL>/health` over the network,
 * without the key (health needs none) and without following a redirect (which would only mean a wrong URL). Local:
 * the embedded API opens (its database included) and answers its own `/health` in-process.
 */
export function upstreamProbe(
  config: Pick<ServerConfig, 'mode' | 'apiUrl' | 'dataDir' | 'apiKey'>,
  fetchImpl: typeof fetch = fetch,
): () => Promise<void> {
  if (config.mode === 'remote') {
    return async () => {
      const response = await fetchImpl(`${config.apiUrl}/health`, {
        redirect: 'manual',
        cache: 'no-store',
        signal: AbortSignal.timeout(READY_CHECK_TIMEOUT_MS),
      });
      await response.body?.cancel();
      if (!response.ok) throw new Error(`the API's health endpoint answered ${response.status}`);
    };
  }
  return async () => {
    const emulator = await getEmulator(config);
    const response = await emulator.handle({
      url: `${EMULATOR_ORIGIN}/health`,
      method: 'GET',
      headers: new Headers(),
      body: null,
    });
    await response.body?.cancel();
    if (!response.ok) throw new Error(`the embedded API's health endpoint answered ${response.status}`);
  };
}

export function readinessProbes(config: ServerConfig): ReadinessProbes {
  return { database: databaseProbe(), upstream: upstreamProbe(config) };
}

const LAST = Symbol.for('sandbox-console.readiness-last');
type Last = { [LAST]?: Partial<Record<CheckName, CheckState>> };

/**
 * Logs a check's failure when it starts failing, and its recovery, rather than on every probe (a load balancer
 * asks every few seconds). The reason is logged, the API key redacted; the HTTP answer never carries it.
 */
export function readinessLogger(
  apiKey: string,
  log: (line: string) => void = (line) => serverLog().warn(line),
) {
  const slot = globalThis as Last;
  const last = (slot[LAST] ??= {});
  return {
    failed(check: CheckName, error: unknown) {
      if (last[check] === 'failed') return;
      last[check] = 'failed';
      const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
      const reason =
        error instanceof Error
          ? `${error.name}: ${error.message}${cause?.code ? ` (${String(cause.code)})` : ''}`
          : String(error);
      log(redactSecret(`[ready] the ${check} check failed: ${reason}`, apiKey));
    },
    settled(checks: Partial<Record<CheckName, CheckState>>) {
      for (const [check, state] of Object.entries(checks) as [CheckName, CheckState][]) {
        if (state === 'ok' && last[check] === 'failed') log(`[ready] the ${check} check passes again`);
        last[check] = state;
      }
    },
  };
}
