/**
 * `npm run emulator`: serves the embedded Superserve API on EMULATOR_PORT (default 8080).
 *   SUPERSERVE_BASE_URL=http://localhost:8080 SUPERSERVE_API_KEY=<key> node my-sdk-script.js
 * Configuration: DATA_DIR, EMULATOR_API_KEY, EMULATOR_MAX_SANDBOXES, EMULATOR_RATE_LIMIT, EMULATOR_RATE_BURST,
 * EMULATOR_BUILD_STEP_MS, EMULATOR_HOST (default 127.0.0.1).
 */
import { emulatorOptionsFromEnv } from '@/lib/emulator';
import { startEmulatorServer } from '@/lib/emulator/server';

async function main(): Promise<void> {
  const options = emulatorOptionsFromEnv(process.env);
  const rawPort = process.env.EMULATOR_PORT?.trim() || '8080';
  const port = Number(rawPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`EMULATOR_PORT must be a port number (0-65535), got "${rawPort}"`);
  }
  const server = await startEmulatorServer(options, {
    port,
    hostname: process.env.EMULATOR_HOST?.trim() || '127.0.0.1',
    log: (line) => console.log(line),
  });
  console.log(`Embedded Superserve API listening on ${server.url}`);
  console.log(`  data folder: ${options.dataDir}`);
  console.log(`  API key:     ${options.apiKey}  (set EMULATOR_API_KEY to change it)`);
  console.log(`  SDK:         SUPERSERVE_BASE_URL=${server.url} SUPERSERVE_API_KEY=${options.apiKey}`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
