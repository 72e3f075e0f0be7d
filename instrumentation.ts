/** Runs once when the Next.js server starts. Node only: that is where the configuration is read. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    // TRACE can't reach proxy.ts (no fetch Request can carry it): answered at the HTTP server instead.
    const { installTraceGuard } = await import('./lib/server/trace-guard');
    installTraceGuard();
    const { validateConfigAtStartup } = await import('./lib/server/startup');
    await validateConfigAtStartup();
  }
}
