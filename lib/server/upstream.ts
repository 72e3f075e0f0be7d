import 'server-only';

import type { Emulator } from '@/lib/emulator';
import { jsonTextOf } from '@/lib/emulator/json-text';

import { getConfig, type ServerConfig } from './config';

/**
 * Where the proxy sends a request: the real API over HTTP, or the embedded API in this process. `call.signal`
 * ends the call (the browser left, or the timeout). It comes beside the request rather than in it, and is made
 * only when read: a `Request` that follows a signal costs as much to build as the embedded API takes to answer a
 * small list, and only the real API's `fetch` needs one. The proxy also races every answer against the call.
 */
export type Upstream = ((request: Request, call?: { readonly signal: AbortSignal }) => Promise<Response>) & {
  /**
   * The body text of an answer when the upstream already holds it as a string (the in-process API's JSON), so the
   * proxy need not read it back through the body's stream; undefined when it must.
   */
  bodyText?: (response: Response) => string | undefined;
};

/**
 * The origin of requests handed to the embedded API. It routes on the path alone; `.localhost` names a host
 * that can never resolve anywhere else, should such a URL ever be fetched by mistake.
 */
export const EMULATOR_ORIGIN = 'http://emulator.localhost';

/** The upstream URL of an allowed path; SUPERSERVE_API_URL may carry a path prefix, so this appends. */
export function upstreamUrl(
  config: Pick<ServerConfig, 'mode' | 'apiUrl'>,
  path: string,
  search: string,
): string {
  return `${config.mode === 'remote' ? config.apiUrl : EMULATOR_ORIGIN}${path}${search}`;
}

/**
 * The real API. Redirects are not followed: a redirect would carry X-API-Key to wherever it points, and for an
 * API it only ever means a misconfigured base URL, which the proxy reports as such.
 */
export function remoteUpstream(fetchImpl: typeof fetch = fetch): Upstream {
  return (request, call) => fetchImpl(request, { redirect: 'manual', signal: call?.signal });
}

const EMULATOR_SLOT = Symbol.for('sandbox-console.emulator');
type EmulatorSlot = { [EMULATOR_SLOT]?: Promise<Emulator> };

/**
 * The one embedded API of this process. It lives on globalThis because dev-mode reloads evaluate this module
 * again, and a second instance would open the same database twice. It is imported lazily so that remote mode
 * never loads the embedded API (and its native SQLite module) at all.
 */
export function getEmulator(
  config: Pick<ServerConfig, 'dataDir' | 'apiKey'> = getConfig(),
): Promise<Emulator> {
  const slot = globalThis as EmulatorSlot;
  slot[EMULATOR_SLOT] ??= import('@/lib/emulator')
    .then(({ createEmulator, emulatorOptionsFromEnv }) =>
      createEmulator({
        ...emulatorOptionsFromEnv(process.env),
        dataDir: config.dataDir,
        apiKey: config.apiKey,
      }),
    )
    .catch((error: unknown) => {
      // Let the next request try again (say, once the data folder is writable) instead of failing forever.
      delete slot[EMULATOR_SLOT];
      throw error;
    });
  return slot[EMULATOR_SLOT];
}

/**
 * The embedded API called in-process: no socket, no serialisation beyond the Request/Response objects. It needs
 * no signal: it never reads one, the proxy stops waiting for it when the signal aborts and cancels its body.
 */
export function localUpstream(emulator: Emulator): Upstream {
  return Object.assign((request: Request) => emulator.handle(request), { bodyText: jsonTextOf });
}

/** The upstream this process is configured for. */
export function getUpstream(config: ServerConfig = getConfig()): Upstream {
  if (config.mode === 'remote') return remoteUpstream();
  return Object.assign(async (request: Request) => (await getEmulator(config)).handle(request), {
    bodyText: jsonTextOf,
  });
}
