/**
 * A template build, simulated: pull → one log section per step → snapshot → ready. `run` steps really run in
 * the simulated shell against the build's own filesystem, so `echo hi > /srv/app/hi.txt` lands in sandboxes
 * booted from the template, and `exit 1` fails the build with `step_failed`.
 */
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import type { Core } from '../core';
import { buildFs, inTransaction } from '../core';
import type { Vfs } from '../fs/vfs';
import { toolsForImage } from '../images';
import { runScript } from '../shell/interpreter';
import type { BuildRecord, BuildStep, ImageRuntime } from '../store/types';
import { finishFailed, finishReady } from './finish';
import { appendBuildLog, appendOutput } from './log';

/** A start_cmd is a long-running server: if it is still running after this, it counts as started. */
const START_CMD_GRACE_MS = 2000;
const STEP_TIMEOUT_MS = 10 * 60 * 1000;

function describe(step: BuildStep): string {
  if ('run' in step) return `RUN ${step.run}`;
  if ('env' in step) return `ENV ${step.env.key}=${step.env.value}`;
  if ('workdir' in step) return `WORKDIR ${step.workdir}`;
  return `USER ${step.user.name}${step.user.sudo ? ' (sudo)' : ''}`;
}

type Run = { core: Core; build: BuildRecord; fs: Vfs; runtime: ImageRuntime; signal: AbortSignal };

/** Runs a command in the build VM; resolves to its exit status, or null if it outlived `limitMs`. */
async function runInBuild(run: Run, command: string, limitMs: number): Promise<number | null> {
  const { core, build, fs, runtime } = run;
  const limit = AbortSignal.timeout(limitMs);
  const user = runtime.user ?? 'root';
  const env = new Map(
    Object.entries({
      PATH: '/usr/local/bin:/usr/bin:/bin',
      HOME: user === 'root' ? '/root' : '/home/user',
      ...runtime.env,
    }),
  );
  try {
    return await runScript(
      command,
      {
        fs,
        env,
        cwd: runtime.workdir ?? '/',
        user,
        hostname: `build-${build.id.slice(0, 8)}`,
        network: null,
        tools: toolsForImage(build.buildSpec.from),
        writableRoots:
          user === 'root' ? ['/'] : ['/home/user', '/tmp', ...(runtime.workdir ? [runtime.workdir] : [])],
        now: core.now,
        signal: AbortSignal.any([run.signal, limit]),
        lastStatus: 0,
        lenientUnknownCommands: true,
      },
      {
        stdout: (text) => appendOutput(core, build.id, 'stdout', text),
        stderr: (text) => appendOutput(core, build.id, 'stderr', text),
      },
    );
  } catch (error) {
    if (limit.aborted && !run.signal.aborted) return null;
    throw error;
  }
}

/** Applies one step; returns an error message (with its stable code) when the step fails. */
async function applyStep(
  run: Run,
  step: BuildStep,
  label: string,
  startedAt: number,
): Promise<string | null> {
  const { runtime, fs } = run;
  // A computed key in a literal defines an own property; assignment would drop a variable named `__proto__`.
  if ('env' in step) runtime.env = { ...runtime.env, [step.env.key]: step.env.value };
  else if ('user' in step) runtime.user = step.user.name;
  else if ('workdir' in step) {
    runtime.workdir = posix.resolve(runtime.workdir ?? '/', step.workdir);
    for (const dir of ancestry(runtime.workdir)) if (!fs.stat(dir)) fs.mkdir(dir);
  } else {
    const status = await runInBuild(run, step.run, STEP_TIMEOUT_MS);
    if (status !== 0) {
      const seconds = Math.round((run.core.now() - startedAt) / 1000);
      const why = status === null ? 'timed out' : `exited with code ${status}`;
      return `step_failed: ${label} failed after ${seconds}s: ${why}`;
    }
  }
  return null;
}

const ancestry = (path: string): string[] =>
  path
    .split('/')
    .filter(Boolean)
    .map((_, index, parts) => `/${parts.slice(0, index + 1).join('/')}`);

/** Moves the build to `status` and logs `text`, together. False when the build was cancelled meanwhile. */
function phase(core: Core, buildId: string, status: 'building' | 'snapshotting', text: string): boolean {
  return inTransaction(core, () => {
    const changes = status === 'building' ? { startedAt: core.now() } : {};
    if (!core.builds.advance(buildId, status, changes)) return false;
    appendBuildLog(core, buildId, 'system', text);
    return true;
  });
}

async function runStartCommands(run: Run): Promise<string | null> {
  const { core, build } = run;
  const { start_cmd: startCmd, ready_cmd: readyCmd } = build.buildSpec;
  if (startCmd) {
    appendBuildLog(core, build.id, 'system', `Starting start_cmd: ${startCmd}`);
    const status = await runInBuild(run, startCmd, START_CMD_GRACE_MS);
    if (status !== null && status !== 0) return `start_cmd_failed: start_cmd exited with code ${status}`;
  }
  if (readyCmd) {
    appendBuildLog(core, build.id, 'system', `Waiting for ready_cmd: ${readyCmd}`);
    const status = await runInBuild(run, readyCmd, STEP_TIMEOUT_MS);
    if (status !== 0)
      return `ready_cmd_failed: ready_cmd ${status === null ? 'timed out' : `exited with code ${status}`}`;
  }
  return null;
}

export async function simulateBuild(core: Core, buildId: string, signal: AbortSignal): Promise<void> {
  const build = core.builds.getById(buildId);
  if (!build) return;
  const pause = () => sleep(core.timing.buildStepMs, undefined, { signal });
  const spec = build.buildSpec;
  const steps = spec.steps ?? [];
  const run: Run = {
    core,
    build,
    fs: buildFs(core, buildId),
    runtime: { env: {}, workdir: null, user: null },
    signal,
  };

  await pause();
  if (!phase(core, buildId, 'building', `Pulling base image ${spec.from}`)) return;
  const digest = createHash('sha256').update(spec.from).digest('hex');
  appendOutput(
    core,
    buildId,
    'stdout',
    `${spec.from}: Pulling from library/${spec.from.split(':')[0]}\nDigest: sha256:${digest}\nStatus: Downloaded newer image for ${spec.from}\n`,
  );

  for (const [index, step] of steps.entries()) {
    await pause();
    const label = `step ${index + 1}/${steps.length}`;
    appendBuildLog(core, buildId, 'system', `Step ${index + 1}/${steps.length}: ${describe(step)}`);
    const failure = await applyStep(run, step, label, core.now());
    if (failure) {
      finishFailed(core, buildId, failure);
      return;
    }
  }
  const failure = await runStartCommands(run);
  if (failure) {
    finishFailed(core, buildId, failure);
    return;
  }
  await pause();
  if (!phase(core, buildId, 'snapshotting', 'Snapshotting the VM (memory and disk)')) return;
  await pause();
  finishReady(core, buildId, run.runtime);
}
