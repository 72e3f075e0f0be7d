/** File commands: cat, mkdir, touch, rm, cp, mv. Errors read like GNU coreutils'. */
import { posix } from 'node:path';

import { parentOf } from '../../fs/layers';
import { canWrite, resolvePath, splitFlags } from '../paths';
import type { Command, Io, ShellState } from '../types';

const cat: Command = ({ args, io, shell }) => {
  const { operands } = splitFlags(args);
  let status = 0;
  for (const target of operands.length ? operands : ['-']) {
    if (target === '-') {
      io.out(io.stdin);
      continue;
    }
    const entry = shell.fs.stat(resolvePath(shell, target));
    if (entry?.kind === 'file') io.out(entry.content);
    else {
      io.err(`cat: ${target}: ${entry ? 'Is a directory' : 'No such file or directory'}\n`);
      status = 1;
    }
  }
  return status;
};

/** Why `path` cannot be created, or null when it can. */
function createProblem(shell: ShellState, path: string): string | null {
  const parent = shell.fs.stat(parentOf(path));
  if (!parent) return 'No such file or directory';
  if (parent.kind !== 'dir') return 'Not a directory';
  return canWrite(shell, path) ? null : 'Permission denied';
}

const mkdir: Command = ({ args, io, shell }) => {
  const { flags, operands } = splitFlags(args);
  if (operands.length === 0) return missingOperand('mkdir', io);
  let status = 0;
  for (const target of operands) {
    const path = resolvePath(shell, target);
    const chain = flags.has('p') ? ancestors(path) : [path];
    for (const dir of chain) {
      const existing = shell.fs.stat(dir);
      if (existing?.kind === 'dir' && (flags.has('p') || dir !== path)) continue;
      const problem = existing ? 'File exists' : createProblem(shell, dir);
      if (problem) {
        io.err(`mkdir: cannot create directory '${target}': ${problem}\n`);
        status = 1;
        break;
      }
      shell.fs.mkdir(dir);
    }
  }
  return status;
};

const ancestors = (path: string): string[] =>
  path
    .split('/')
    .filter(Boolean)
    .map((_, index, parts) => `/${parts.slice(0, index + 1).join('/')}`);

const touch: Command = ({ args, io, shell }) => {
  const { operands } = splitFlags(args);
  if (operands.length === 0) return missingOperand('touch', io);
  let status = 0;
  for (const target of operands) {
    const path = resolvePath(shell, target);
    const problem = shell.fs.stat(path)
      ? canWrite(shell, path)
        ? null
        : 'Permission denied'
      : createProblem(shell, path);
    if (problem) {
      io.err(`touch: cannot touch '${target}': ${problem}\n`);
      status = 1;
    } else shell.fs.touch(path);
  }
  return status;
};

const rm: Command = ({ args, io, shell }) => {
  const { flags, operands } = splitFlags(args);
  const recursive = flags.has('r') || flags.has('R') || flags.has('--recursive');
  const force = flags.has('f') || flags.has('--force');
  if (operands.length === 0 && !force) return missingOperand('rm', io);
  let status = 0;
  const fail = (message: string) => {
    io.err(`rm: ${message}\n`);
    status = 1;
  };
  for (const target of operands) {
    const path = resolvePath(shell, target);
    const entry = shell.fs.stat(path);
    if (path === '/' && recursive) {
      fail(
        `it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe`,
      );
    } else if (!entry) {
      if (!force) fail(`cannot remove '${target}': No such file or directory`);
    } else if (entry.kind === 'dir' && !recursive) {
      fail(`cannot remove '${target}': Is a directory`);
    } else if (!canWrite(shell, parentOf(path))) {
      // Removing an entry needs write access to its directory, so `rm -rf ~` is refused like on a real box.
      fail(`cannot remove '${target}': Permission denied`);
    } else {
      shell.fs.remove(path);
    }
  }
  return status;
};

function copyTree(shell: ShellState, from: string, to: string): void {
  const entry = shell.fs.stat(from);
  if (!entry) return;
  if (entry.kind === 'file') {
    shell.fs.writeFile(to, entry.content);
    return;
  }
  shell.fs.mkdir(to);
  for (const [name] of shell.fs.list(from) ?? [])
    copyTree(shell, posix.join(from, name), posix.join(to, name));
}

/** Shared by cp and mv: resolves `dest` (a directory means "inside it") and checks both ends. */
function transfer(name: 'cp' | 'mv', args: string[], io: Io, shell: ShellState): number {
  const { flags, operands } = splitFlags(args);
  if (operands.length < 2) return missingOperand(name, io);
  const dest = operands[operands.length - 1] as string;
  let status = 0;
  for (const source of operands.slice(0, -1)) {
    const from = resolvePath(shell, source);
    const entry = shell.fs.stat(from);
    let to = resolvePath(shell, dest);
    if (shell.fs.stat(to)?.kind === 'dir') to = posix.join(to, posix.basename(from));
    const problem = !entry
      ? `cannot stat '${source}': No such file or directory`
      : entry.kind === 'dir' && name === 'cp' && !flags.has('r') && !flags.has('R')
        ? `-r not specified; omitting directory '${source}'`
        : (to === from || to.startsWith(`${from}/`)) && entry.kind === 'dir'
          ? `cannot copy a directory, '${source}', into itself`
          : createProblem(shell, to) && `cannot create regular file '${dest}': ${createProblem(shell, to)}`;
    if (problem) {
      io.err(`${name}: ${problem}\n`);
      status = 1;
      continue;
    }
    copyTree(shell, from, to);
    if (name === 'mv') shell.fs.remove(from);
  }
  return status;
}

function missingOperand(name: string, io: Io): number {
  io.err(`${name}: missing operand\nTry '${name} --help' for more information.\n`);
  return 1;
}

export const fileCommands: Record<string, Command> = {
  cat,
  mkdir,
  touch,
  rm,
  cp: ({ args, io, shell }) => transfer('cp', args, io, shell),
  mv: ({ args, io, shell }) => transfer('mv', args, io, shell),
};
