import 'server-only';

import pino, { type Logger } from 'pino';

import { currentRequest } from '@/lib/server/request-context';
import { onShutdown } from '@/lib/server/shutdown-hooks';

import { telemetrySettings } from './settings';

/**
 * The server's logger: JSON lines on stdout (pino), one per request (lib/telemetry/request-log.ts) and whatever
 * the server has to report. A line written inside a request carries its `requestId`, the `X-Request-Id` the
 * client got and the audit record is filed under, so the two can be joined.
 *
 * One instance per process, on globalThis: instrumentation.ts and every route handler are bundled apart.
 * Writes are synchronous, so nothing is lost when the process exits (a crash included) and no flush has to be
 * remembered; a line is a few hundred bytes, a write of it costs microseconds next to the request it describes.
 */
const SLOT = Symbol.for('sandbox-console.logger');

type Slot = { [SLOT]?: Logger };

function createLogger(): Logger {
  const destination = pino.destination({ dest: 1, sync: true });
  const logger = pino(
    {
      level: telemetrySettings().logLevel,
      base: undefined, // no pid/hostname on every line: the platform's log shipper adds where a line came from
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // A line logged while a request is handled says which one (the request line names its own id).
      mixin: () => {
        const request = currentRequest();
        return request ? { requestId: request.id } : {};
      },
    },
    destination,
  );
  // Synchronous writes leave nothing buffered; the hook is for a destination that one day buffers.
  onShutdown('logs', () => destination.flushSync());
  return logger;
}

export function serverLog(): Logger {
  const slot = globalThis as Slot;
  slot[SLOT] ??= createLogger();
  return slot[SLOT];
}
