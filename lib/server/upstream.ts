import 'server-only';

import type { Emulator, EmulatorRequest } from '@/lib/emulator';
import { jsonTextOf } from '@/lib/emulator/json-text';

import { getConfig, type ServerConfig } from './config';

/**
 * A request for the upstream, as plain values. Not a `Request`: building one (with the abort signal every
 * `Request` gets) costs about as much as the embedded API takes to answer a small list, and the in-process API
 * needs none for a request without a body.
 */
export type UpstreamRequest = {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body?: string;
};

/**
 * Where the proxy sends a request: the real API over HTTP, or the embedded API in this process. `call.signal`
 * ends the call (the browser left, or the timeout). It is made only when read: only the real API's `fetch` needs
 * one. The proxy also races every answer against the call.
 */
export type Upstream = ((
  request: UpstreamRequest,
  call?: { readonly signal: AbortSignal },
) => Promise<Response>) & {
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
  return ({ url, method, headers, body }, call) =>
    fetchImpl(url, { method, headers, body, redirect: 'manual', signal: call?.signal });
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

/** Closes the embedded API (its database, its running commands), if this process opened it: on shutdown. */
export async function closeEmulator(): Promise<void> {
  const slot = globalThis as EmulatorSlot;
  const opening = slot[EMULATOR_SLOT];
  if (!opening) return;
  delete slot[EMULATOR_SLOT];
  (await opening.catch(() => undefined))?.close();
}

/**
 * What the embedded API is handed: a `Request` when there is a body for it to read, else only the URL, method
 * and headers it routes and authenticates on (see `EmulatorRequest`). It needs no signal: the proxy stops
 * waiting for it when the call ends, and cancels its body.
 */
function emulatorRequest({ url, method, headers, body }: UpstreamRequest): EmulatorRequest {
  return body === undefined
    ? { url, method, headers, body: null }
    : new Request(url, { method, headers, body });
}

/** The embedded API called in-process: no socket, no serialisation beyond the Response object. */
export function localUpstream(emulator: Emulator): Upstream {
  return Object.assign((request: UpstreamRequest) => emulator.handle(emulatorRequest(request)), {
    bodyText: jsonTextOf,
  });
}

/** The upstream this process is configured for. */
export function getUpstream(config: ServerConfig = getConfig()): Upstream {
  if (config.mode === 'remote') return remoteUpstream();
  return Object.assign(
    async (request: UpstreamRequest) => (await getEmulator(config)).handle(emulatorRequest(request)),
    { bodyText: jsonTextOf },
  );
}
