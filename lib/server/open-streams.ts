import 'server-only';

/**
 * The event streams (SSE) the proxy is relaying right now: an exec's output, a build's log. Counted for the metrics,
 * and ended on purpose, with a last event of our own, when the server shuts down.
 */
export type OpenStream = {
  /** The route pattern it answers (`/sandboxes/:id/exec/stream`, `/templates/:id/builds/:id/logs`). */
  readonly route: string;
  /** Sends `frame` (a complete SSE event, or nothing) as the stream's last bytes, then ends it and the upstream call. */
  end(frame?: Uint8Array): void;
};

const SLOT = Symbol.for('sandbox-console.open-streams');

/** The process's set (on globalThis: every Next bundle sees the same). */
export function openStreams(): Set<OpenStream> {
  const slot = globalThis as Record<symbol, Set<OpenStream> | undefined>;
  slot[SLOT] ??= new Set();
  return slot[SLOT];
}

/** Adds a stream; returns its removal (call it once the stream has ended, whichever way). */
export function trackStream(stream: OpenStream): () => void {
  openStreams().add(stream);
  return () => openStreams().delete(stream);
}
