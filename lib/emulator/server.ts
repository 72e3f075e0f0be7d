/**
 * The embedded API as a standalone HTTP server (what `npm run emulator` runs), so the official SDK, the CLI
 * and curl can use it. Node-only; the app imports `./index`, never this file.
 */
import type { AddressInfo } from 'node:net';

import { serve } from '@hono/node-server';

import type { EmulatorInstance, EmulatorOptions } from './index';
import { createEmulator } from './index';

export type EmulatorServer = { url: string; api: EmulatorInstance; close(): Promise<void> };

export function startEmulatorServer(
  options: EmulatorOptions,
  {
    port,
    hostname = '127.0.0.1',
    log = () => {},
  }: { port: number; hostname?: string; log?: (line: string) => void },
): Promise<EmulatorServer> {
  const api = createEmulator(options);
  return new Promise((resolve, reject) => {
    const server = serve(
      {
        hostname,
        port,
        async fetch(request) {
          const started = performance.now();
          const response = await api.handle(request);
          // Method, path and status only: bodies and headers may carry env-var values and keys.
          log(
            `${request.method} ${new URL(request.url).pathname} ${response.status} ${Math.round(performance.now() - started)}ms`,
          );
          return response;
        },
      },
      (info: AddressInfo) => {
        const host = hostname === '0.0.0.0' || hostname === '::' ? 'localhost' : hostname;
        resolve({
          url: `http://${host}:${info.port}`,
          api,
          close: () =>
            new Promise<void>((done) => {
              server.close(() => done());
              (server as { closeAllConnections?: () => void }).closeAllConnections?.();
              api.close();
            }),
        });
      },
    );
    server.once('error', (error) => {
      api.close();
      reject(error);
    });
  });
}
