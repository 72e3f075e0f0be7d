/** The terminal states of a build, and what each means for its template. Each runs in one transaction. */
import type { Core } from '../core';
import { inTransaction } from '../core';
import type { ImageRuntime } from '../store/types';
import { appendBuildLog } from './log';

export function finishReady(core: Core, buildId: string, runtime: ImageRuntime): boolean {
  return inTransaction(core, () => {
    const build = core.builds.getById(buildId);
    const now = core.now();
    if (!build || !core.builds.advance(buildId, 'ready', { finalizedAt: now, runtime })) return false;
    const template = core.templates.get(build.templateId);
    core.templates.update(build.templateId, {
      status: 'ready',
      builtAt: now,
      errorMessage: null,
      readyBuildId: buildId,
      // A believable snapshot size: the disk image grows with what the steps installed.
      sizeBytes:
        Math.round((template?.diskMib ?? 4096) * 1024 * 1024 * 0.31) +
        (build.buildSpec.steps?.length ?? 0) * 48_234_496,
    });
    const seconds = Math.max(0, Math.round((now - (build.startedAt ?? build.createdAt)) / 1000));
    appendBuildLog(core, buildId, 'system', `Build ready in ${seconds}s`, { status: 'ready' });
    return true;
  });
}

/** Marks the build (and its template) failed; `errorMessage` starts with a stable code such as `step_failed`. */
export function finishFailed(core: Core, buildId: string, errorMessage: string): boolean {
  return inTransaction(core, () => {
    const build = core.builds.getById(buildId);
    if (!build || !core.builds.advance(buildId, 'failed', { finalizedAt: core.now(), errorMessage }))
      return false;
    core.templates.update(build.templateId, { status: 'failed', errorMessage });
    core.db.prepare('DELETE FROM build_files WHERE build_id = ?').run(buildId);
    appendBuildLog(core, buildId, 'system', `Build failed: ${errorMessage}`, { status: 'failed' });
    return true;
  });
}

/**
 * Cancels an in-flight build. The template falls back to its last good image if it has one; a template that
 * never built is left `failed`, since it cannot boot sandboxes.
 */
export function finishCancelled(core: Core, buildId: string): boolean {
  return inTransaction(core, () => {
    const build = core.builds.getById(buildId);
    if (!build || !core.builds.advance(buildId, 'cancelled', { finalizedAt: core.now() })) return false;
    const template = core.templates.get(build.templateId);
    if (template?.latestBuildId === buildId) {
      core.templates.update(
        build.templateId,
        template.readyBuildId
          ? { status: 'ready', errorMessage: null }
          : { status: 'failed', errorMessage: 'build_failed: the build was cancelled' },
      );
    }
    core.db.prepare('DELETE FROM build_files WHERE build_id = ?').run(buildId);
    appendBuildLog(core, buildId, 'system', 'Build cancelled', { status: 'cancelled' });
    return true;
  });
}
