/** Runs once when the Next.js server starts. Node only: that is where the configuration is read. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    // TRACE can't reach proxy.ts (no fetch Request can carry it): answered at the HTTP server instead.
    const { installTraceGuard } = await import('./lib/server/trace-guard');
    installTraceGuard();
    // After the TRACE guard, so that it wraps it: every request, TRACE included, gets an id and a context.
    const { installRequestContext } = await import('./lib/server/http-hooks');
    installRequestContext();
    const { validateConfigAtStartup } = await import('./lib/server/startup');
    await validateConfigAtStartup();
    // Request log lines, metrics (and METRICS_PORT), traces when OTEL_EXPORTER_OTLP_ENDPOINT is set.
    const { installTelemetry } = await import('./lib/telemetry/install');
    await installTelemetry();
    // SIGTERM/SIGINT drain the server (ready → 503, streams ended, requests finished) and exit 0; see the file.
    // Last: it takes the signals over from Next, removing the listeners there are (telemetry uses onShutdown).
    if (process.env.NODE_ENV === 'production') {
      const { installGracefulShutdown } = await import('./lib/server/install-shutdown');
      installGracefulShutdown();
    }
  }
}
