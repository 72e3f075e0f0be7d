/** Runs a parsed script against the simulated commands. Nothing here touches the host. */
import { COMMANDS } from './commands';
import { expandToString, expandWord } from './expand';
import { parse } from './parser';
import { canWrite, resolvePath } from './paths';
import type { Pipeline, Redirect, SimpleCommand } from './syntax';
import { ShellSyntaxError } from './syntax';
import type { Io, ShellState } from './types';
import { ExitRequest } from './types';

export type OutputSink = { stdout(text: string): void; stderr(text: string): void };

/** Runs `source` as `/bin/sh -c` would and returns the exit status. */
export async function runScript(source: string, shell: ShellState, sink: OutputSink): Promise<number> {
  let script;
  try {
    script = parse(source);
  } catch (error) {
    if (!(error instanceof ShellSyntaxError)) throw error;
    sink.stderr(`sh: 1: Syntax error: ${error.message}\n`);
    return 2;
  }
  try {
    for (const item of script) {
      if (item.op === '&&' && shell.lastStatus !== 0) continue;
      if (item.op === '||' && shell.lastStatus === 0) continue;
      shell.lastStatus = await runPipeline(item.pipeline, shell, sink);
    }
    return shell.lastStatus;
  } catch (error) {
    if (error instanceof ExitRequest) return error.status;
    throw error;
  }
}

/** Runs a command with literal arguments and no shell parsing (the API's `args` form). */
export async function runArgv(argv: string[], shell: ShellState, sink: OutputSink): Promise<number> {
  try {
    return await invoke(argv, shell, { stdin: '', out: sink.stdout, err: sink.stderr });
  } catch (error) {
    if (error instanceof ExitRequest) return error.status;
    throw error;
  }
}

async function runPipeline(pipeline: Pipeline, shell: ShellState, sink: OutputSink): Promise<number> {
  let stdin = '';
  let status = 0;
  for (const [index, command] of pipeline.entries()) {
    const last = index === pipeline.length - 1;
    let piped = '';
    const io: Io = { stdin, out: last ? sink.stdout : (text) => (piped += text), err: sink.stderr };
    status = await runCommand(command, shell, io);
    stdin = piped;
  }
  return status;
}

async function runCommand(command: SimpleCommand, shell: ShellState, io: Io): Promise<number> {
  shell.signal.throwIfAborted();
  const argv = command.words.flatMap((word) => expandWord(shell, word));
  const assignments = command.assignments.map(
    ({ name, value }) => [name, expandToString(shell, value)] as const,
  );
  const redirected = applyRedirects(command.redirects, shell, io);
  if (typeof redirected === 'number') return redirected;
  if (argv.length === 0) {
    for (const [name, value] of assignments) shell.env.set(name, value);
    return 0;
  }
  // `NAME=value cmd` sets NAME for that one command only.
  const saved = assignments.map(([name]) => [name, shell.env.get(name)] as const);
  for (const [name, value] of assignments) shell.env.set(name, value);
  try {
    return await invoke(argv, shell, redirected);
  } finally {
    for (const [name, value] of saved) {
      if (value === undefined) shell.env.delete(name);
      else shell.env.set(name, value);
    }
  }
}

async function invoke(argv: string[], shell: ShellState, io: Io): Promise<number> {
  const [name = '', ...args] = argv;
  const found =
    COMMANDS.get(name) ?? (isSystemPath(name) ? COMMANDS.get(name.split('/').pop() ?? '') : undefined);
  if (found) return found({ name, args, io, shell });
  if (name.includes('/') && shell.fs.stat(resolvePath(shell, name))) {
    io.err(`sh: 1: ${name}: Permission denied\n`);
    return 126;
  }
  if (shell.lenientUnknownCommands) return 0;
  io.err(`sh: ${name}: not found\n`);
  return 127;
}

const isSystemPath = (name: string): boolean => /^\/(usr\/)?(local\/)?s?bin\/[^/]+$/.test(name);

/** Wires the command's streams to files; returns an exit status when a redirection cannot be set up. */
function applyRedirects(redirects: readonly Redirect[], shell: ShellState, io: Io): Io | number {
  const result: Io = { ...io };
  for (const redirect of redirects) {
    if (redirect.kind === 'dup') {
      if (redirect.from === 2) result.err = result.out;
      else result.out = result.err;
      continue;
    }
    const target = expandToString(shell, redirect.target);
    const path = resolvePath(shell, target);
    if (redirect.kind === 'input') {
      const file = shell.fs.stat(path);
      if (file?.kind !== 'file') {
        io.err(`sh: 1: cannot open ${target}: No such file\n`);
        return 2;
      }
      result.stdin = file.content;
      continue;
    }
    const writer = openForWriting(shell, target, path, redirect.append, io);
    if (typeof writer === 'number') return writer;
    if (redirect.kind === 'both' || redirect.fd === 1) result.out = writer;
    if (redirect.kind === 'both' || redirect.fd === 2) result.err = writer;
  }
  return result;
}

function openForWriting(
  shell: ShellState,
  target: string,
  path: string,
  append: boolean,
  io: Io,
): ((text: string) => void) | number {
  // The device files scripts use all the time.
  if (path === '/dev/null') return () => {};
  if (path === '/dev/stdout') return io.out;
  if (path === '/dev/stderr') return io.err;
  const problem = !shell.fs.parentExists(path)
    ? 'Directory nonexistent'
    : shell.fs.stat(path)?.kind === 'dir'
      ? 'Is a directory'
      : !canWrite(shell, path)
        ? 'Permission denied'
        : null;
  if (problem) {
    io.err(`sh: 1: cannot create ${target}: ${problem}\n`);
    return 2;
  }
  // Like sh, `>` truncates when the redirection is set up, before the command runs.
  if (!append || !shell.fs.stat(path)) shell.fs.writeFile(path, '');
  return (text) => shell.fs.writeFile(path, text, { append: true });
}
