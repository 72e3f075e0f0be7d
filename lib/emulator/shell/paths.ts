/** Path helpers for commands: resolving against the working directory and checking write access. */
import { posix } from 'node:path';

import type { ShellState } from './types';

export const resolvePath = (shell: ShellState, path: string): string =>
  posix.resolve(shell.cwd, path === '' ? '.' : path);

export function canWrite(shell: ShellState, absolute: string): boolean {
  return shell.writableRoots.some(
    (root) => root === '/' || absolute === root || absolute.startsWith(`${root}/`),
  );
}

/** Splits `-la`-style flags from operands; `--` ends the flags. Long options are returned whole. */
export function splitFlags(args: readonly string[]): { flags: Set<string>; operands: string[] } {
  const flags = new Set<string>();
  const operands: string[] = [];
  let flagsDone = false;
  for (const arg of args) {
    if (!flagsDone && arg === '--') flagsDone = true;
    else if (!flagsDone && arg.startsWith('--') && arg.length > 2) flags.add(arg);
    else if (!flagsDone && arg.startsWith('-') && arg.length > 1)
      for (const ch of arg.slice(1)) flags.add(ch);
    else operands.push(arg);
  }
  return { flags, operands };
}
