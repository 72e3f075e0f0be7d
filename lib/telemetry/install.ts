import 'server-only';

import { onRequestEnd } from '@/lib/server/request-context';

import { serverLog } from './logger';
import { metrics } from './metrics';
import { startMetricsServer } from './metrics-server';
import { requestLine } from './request-log';
import { telemetrySettings } from './settings';
import { startTracing } from './tracing';

const INSTALLED = Symbol.for('sandbox-console.telemetry-installed');

/**
 * Turns on the request log, the request metrics, the separate metrics port (METRICS_PORT) and tracing
 * (OTEL_EXPORTER_OTLP_ENDPOINT), once per process, from instrumentation.ts after the settings were validated.
 */
export async function installTelemetry(): Promise<void> {
  const slot = globalThis as { [INSTALLED]?: true };
  if (slot[INSTALLED]) return;
  slot[INSTALLED] = true;
  const settings = telemetrySettings();
  const logger = serverLog();
  const { requests, requestDuration } = metrics();

  onRequestEnd((context, request, response) => {
    const { level, fields } = requestLine(context, request, response);
    const labels = { route: fields.route, method: fields.method };
    requests.inc({ ...labels, status: String(fields.status) });
    requestDuration.observe(labels, fields.durationMs / 1000);
    if (logger.isLevelEnabled(level)) logger[level](fields, 'request');
  });

  if (settings.metricsPort !== undefined) {
    try {
      await startMetricsServer(settings.metricsPort, settings.metricsHost);
    } catch (error) {
      // Like a bad setting: the operator asked for metrics there, and would otherwise never learn why none come.
      const reason = error instanceof Error ? error.message : String(error);
      console.error(
        `\nMETRICS_PORT: could not listen on ${settings.metricsHost}:${settings.metricsPort}: ${reason}\n`,
      );
      process.exit(1);
    }
  }
  await startTracing();
}
