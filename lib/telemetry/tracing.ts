import 'server-only';

import { onShutdown } from '@/lib/server/shutdown-hooks';

import { setTracingEnabled } from './tracing-state';

/**
 * OpenTelemetry traces, only when OTEL_EXPORTER_OTLP_ENDPOINT is set: then the Node tracer provider and the
 * OTLP/HTTP exporter are imported (dynamic imports, nothing loaded otherwise), registered as the process's global
 * provider (so Next's own request spans are exported too and the proxy's upstream spans nest under them), and
 * flushed on a graceful shutdown. The exporter reads the standard OTEL_EXPORTER_OTLP_* variables itself (headers,
 * timeout, the traces-only endpoint); OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES name the service.
 *
 * Returns whether tracing was started.
 */
export async function startTracing(env: Record<string, string | undefined> = process.env): Promise<boolean> {
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim()) return false;
  const [{ NodeTracerProvider, BatchSpanProcessor }, { OTLPTraceExporter }, resources] = await Promise.all([
    import('@opentelemetry/sdk-trace-node'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/resources'),
  ]);
  const resource = resources
    .defaultResource()
    .merge(resources.resourceFromAttributes({ 'service.name': 'sandbox-console' }))
    // The operator's OTEL_SERVICE_NAME / OTEL_RESOURCE_ATTRIBUTES win over our default name.
    .merge(resources.detectResources({ detectors: [resources.envDetector] }));
  const provider = new NodeTracerProvider({
    resource,
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  provider.register();
  setTracingEnabled(true);
  // After the requests have ended: their spans are queued, this sends them before the process exits.
  onShutdown('traces', () => provider.shutdown());
  return true;
}
