import 'server-only';

/** Work to finish before the process exits on a graceful shutdown: flush the logs, send the last traces. */
export type ShutdownHook = { readonly name: string; readonly run: () => void | Promise<void> };

const SLOT = Symbol.for('sandbox-console.shutdown-hooks');

/** The process's hooks (on globalThis: registered from any Next bundle, run by the one shutdown). */
export function shutdownHooks(): Set<ShutdownHook> {
  const slot = globalThis as Record<symbol, Set<ShutdownHook> | undefined>;
  slot[SLOT] ??= new Set();
  return slot[SLOT];
}

/** Registers a hook the graceful shutdown runs once requests have ended; returns its removal. */
export function onShutdown(name: string, run: ShutdownHook['run']): () => void {
  const hook = { name, run };
  shutdownHooks().add(hook);
  return () => shutdownHooks().delete(hook);
}
