/**
 * `npm start`: serves the production build through its standalone server, the same server.js the Docker image
 * runs, rather than `next start` (which works on a standalone build but warns that it should not be used).
 * What `next start` did that server.js does not is done here, so `npm start` behaves as before:
 * - `-p/--port` and `-H/--hostname` (also PORT; default 3000 on every interface);
 * - `.env`, `.env.production`, `.env.local` from the project folder (server.js reads them from its own folder);
 * - DATA_DIR relative to the project folder: server.js changes into `<distDir>/standalone`, and the data must not
 *   live in a folder the next build empties.
 * Plain Node on purpose (no tsx): it runs in-process, so SIGTERM reaches the server itself.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);

function fail(message) {
  console.error(message);
  process.exit(1);
}

let options;
try {
  ({ values: options } = parseArgs({
    options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
  }));
} catch (error) {
  fail(`${error.message}\nUsage: npm start [-- -p PORT] [-- -H HOSTNAME]`);
}

const projectDir = process.cwd();
const distDir = process.env.NEXT_DIST_DIR || '.next';
const standalone = path.resolve(projectDir, distDir, 'standalone');
const server = path.join(standalone, 'server.js');
if (!existsSync(server)) fail(`No standalone server in ${standalone}. Run \`npm run build\` first.`);
if (!existsSync(path.join(standalone, distDir, 'static'))) {
  fail(
    `${standalone} has no static assets: build with \`npm run build\`, whose postbuild step copies them in.`,
  );
}

// Loaded the way `next start` loads them (production: .env.production.local, .env.local, .env.production,
// .env); variables already in the environment win.
require('@next/env').loadEnvConfig(projectDir, false, { info: () => {}, error: console.error });

const port = options.port ?? process.env.PORT ?? '3000';
if (!/^\d{1,5}$/.test(port) || Number(port) > 65535) fail(`The port must be 0-65535, got "${port}"`);
process.env.PORT = port;
// server.js listens on HOSTNAME. A shell may export HOSTNAME as the machine's name; `npm start` has always
// listened on every interface unless -H says otherwise, so only -H changes it. The dashboard also answers the
// name HOSTNAME held (lib/server/hosts.ts), as under `next start`: it moves to CONSOLE_ALLOWED_HOSTS.
const machineName = process.env.HOSTNAME?.trim();
if (!options.hostname && machineName && /^[A-Za-z0-9][A-Za-z0-9.-]*$/.test(machineName)) {
  const allowed = process.env.CONSOLE_ALLOWED_HOSTS?.trim();
  process.env.CONSOLE_ALLOWED_HOSTS = allowed ? `${allowed},${machineName}` : machineName;
}
process.env.HOSTNAME = options.hostname ?? '0.0.0.0';
process.env.DATA_DIR = path.resolve(projectDir, process.env.DATA_DIR || '.data');

require(server);
