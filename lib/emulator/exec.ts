/** Runs an exec request in a sandbox's simulated shell, with its files, env vars, network rules and timeout. */
import { posix } from 'node:path';

import type { ExecRequest } from '@/lib/contract';
import { EXEC_DEFAULT_TIMEOUT_S, EXEC_DEFAULT_WORKING_DIR } from '@/lib/contract';

import type { Core } from './core';
import { sandboxFs } from './core';
import { toolsForTemplate } from './images';
import type { OutputSink } from './shell/interpreter';
import { runArgv, runScript } from './shell/interpreter';
import type { ShellState } from './shell/types';
import type { ImageRuntime, SandboxRecord } from './store/types';

/** Exit status of a command killed by its timeout, as coreutils `timeout` reports it. */
export const TIMEOUT_EXIT_CODE = 124;

const HOME = '/home/user';
const BASE_ENV: Readonly<Record<string, string>> = {
  PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  HOME,
  USER: 'user',
  TERM: 'xterm',
  LANG: 'C.UTF-8',
  SHELL: '/bin/sh',
};

export const hostnameOf = (sandbox: Pick<SandboxRecord, 'id'>): string => `sbx-${sandbox.id.slice(0, 8)}`;

function imageOf(core: Core, sandbox: SandboxRecord) {
  const template = core.templates.get(sandbox.templateId);
  const build = sandbox.buildId ? core.builds.getById(sandbox.buildId) : undefined;
  const runtime: ImageRuntime = build?.runtime ?? { env: {}, workdir: null, user: null };
  const tools = template ? toolsForTemplate(template, build?.buildSpec ?? null) : {};
  return { runtime, tools };
}

/** The shell a command starts in. Env layers, later wins: base, template env steps, sandbox env_vars, request env. */
function shellFor(core: Core, sandbox: SandboxRecord, request: ExecRequest, signal: AbortSignal): ShellState {
  const { runtime, tools } = imageOf(core, sandbox);
  const user = runtime.user ?? 'user';
  const defaultDir = runtime.workdir ?? EXEC_DEFAULT_WORKING_DIR;
  const cwd = posix.resolve(defaultDir, request.working_dir ?? defaultDir);
  const env = new Map(
    Object.entries({
      ...BASE_ENV,
      USER: user,
      ...runtime.env,
      ...core.sandboxes.envVars(sandbox),
      ...request.env,
    }),
  );
  env.set('PWD', cwd);
  return {
    fs: sandboxFs(core, sandbox),
    env,
    cwd,
    user,
    hostname: hostnameOf(sandbox),
    network: sandbox.network,
    tools,
    writableRoots: user === 'root' ? ['/'] : [HOME, '/tmp', ...(runtime.workdir ? [runtime.workdir] : [])],
    now: core.now,
    signal,
    lastStatus: 0,
    lenientUnknownCommands: false,
  };
}

/**
 * Runs the command and returns its exit status. Output goes to `sink` as it is produced. `signal` aborts when
 * the client disconnects; `timeout_s` (default 30) kills the command with exit status 124.
 */
export async function execInSandbox(
  core: Core,
  sandbox: SandboxRecord,
  request: ExecRequest,
  sink: OutputSink,
  signal: AbortSignal,
): Promise<number> {
  // Node timers overflow past 2^31-1 ms (and would then fire at once), so a huge timeout_s means "about 24 days".
  const timeout = AbortSignal.timeout(
    Math.min((request.timeout_s ?? EXEC_DEFAULT_TIMEOUT_S) * 1000, 2 ** 31 - 1),
  );
  const shell = shellFor(core, sandbox, request, AbortSignal.any([signal, timeout]));
  if (shell.fs.stat(shell.cwd)?.kind !== 'dir') {
    sink.stderr(`sh: 0: cannot change directory to ${shell.cwd}: No such file or directory\n`);
    return 2;
  }
  try {
    return request.args
      ? await runArgv([request.command, ...request.args], shell, sink)
      : await runScript(request.command, shell, sink);
  } catch (error) {
    if (timeout.aborted) return TIMEOUT_EXIT_CODE;
    throw error;
  }
}
