/**
 * After the server said it is restarting (lib/contract/restarting), asks `GET /api/ready` until an instance
 * answers 200: behind a load balancer another instance may answer at once; a single instance comes back after its
 * restart. The first ask waits a moment (the old process is still draining), later ones back off to 5 s.
 */
export const READY_FIRST_DELAY_MS = 1_000;
export const READY_MAX_DELAY_MS = 5_000;

/** The wait before ask number `attempt` (0-based). */
export function readyPollDelay(attempt: number): number {
  return Math.min(READY_MAX_DELAY_MS, Math.round(READY_FIRST_DELAY_MS * 1.5 ** attempt));
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });

/** Resolves true once the dashboard answers ready, false if `signal` fires first. Never throws. */
export async function waitUntilReady(
  signal: AbortSignal,
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
): Promise<boolean> {
  for (let attempt = 0; ; attempt++) {
    await sleep(readyPollDelay(attempt), signal);
    if (signal.aborted) return false;
    try {
      const response = await fetchImpl('/api/ready', { cache: 'no-store', signal });
      if (response.ok) return true;
    } catch {
      // not back yet (connection refused, or aborted: checked above on the next turn)
    }
  }
}
