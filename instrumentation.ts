/** Runs once when the Next.js server starts. Node only: that is where the configuration is read. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { validateConfigAtStartup } = await import('./lib/server/startup');
    await validateConfigAtStartup();
  }
}
