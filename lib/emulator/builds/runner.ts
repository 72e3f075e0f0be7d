/** Runs simulated builds in the background; one abort controller per build so cancel stops it at once. */
import type { Core } from '../core';
import { finishCancelled, finishFailed } from './finish';
import { simulateBuild } from './simulate';

const INTERRUPTED = 'build_failed: the build was interrupted because the embedded API stopped';

export class BuildRunner {
  private readonly running = new Map<string, AbortController>();

  constructor(private readonly core: Core) {}

  start(buildId: string): void {
    const abort = new AbortController();
    this.running.set(buildId, abort);
    simulateBuild(this.core, buildId, abort.signal)
      .catch((error: unknown) => {
        if (abort.signal.aborted) return;
        console.error('[emulator] build simulation failed', error);
        finishFailed(this.core, buildId, 'build_failed: internal error in the embedded API');
      })
      .finally(() => this.running.delete(buildId));
  }

  /** Cancels an in-flight build; a finished one is left as it is. */
  cancel(buildId: string): void {
    this.running.get(buildId)?.abort();
    finishCancelled(this.core, buildId);
  }

  /**
   * Fails in-flight builds nobody is running any more (the process that ran them stopped). Another process
   * sharing the data folder may be running a build, so only builds silent for `staleMs` count as orphaned.
   */
  reapOrphans(staleMs: number): void {
    const cutoff = this.core.now() - staleMs;
    for (const build of this.core.builds.allInFlight()) {
      if (this.running.has(build.id)) continue;
      const last = this.core.builds.logs(build.id).at(-1)?.timestamp ?? build.createdAt;
      if (last <= cutoff) finishFailed(this.core, build.id, INTERRUPTED);
    }
  }

  /** Stops every build of this process and records it as interrupted, so a restart does not show it stuck. */
  close(): void {
    for (const [buildId, abort] of this.running) {
      abort.abort();
      finishFailed(this.core, buildId, INTERRUPTED);
    }
    this.running.clear();
  }
}
