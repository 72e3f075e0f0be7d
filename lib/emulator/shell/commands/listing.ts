/** `ls`: one name per line (exec output is not a terminal), with -l, -a, -A, -d, -F, -h. */
import { posix } from 'node:path';

import type { FsEntry } from '../../fs/layers';
import { canWrite, resolvePath, splitFlags } from '../paths';
import type { Command, ShellState } from '../types';

const SUPPORTED = new Set(['l', 'a', 'A', '1', 'F', 'p', 'h', 'd']);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

type Row = { name: string; path: string; entry: FsEntry };

const sizeOf = (entry: FsEntry): number => (entry.kind === 'dir' ? 4096 : Buffer.byteLength(entry.content));

function human(bytes: number): string {
  if (bytes < 1024) return String(bytes);
  const units = ['K', 'M', 'G'];
  let value = bytes;
  let unit = '';
  for (const next of units) {
    if (value < 1024) break;
    value /= 1024;
    unit = next;
  }
  return `${value < 10 ? Math.ceil(value * 10) / 10 : Math.ceil(value)}${unit}`;
}

function stamp(mtime: number): string {
  const date = new Date(mtime);
  const time = date.toISOString().slice(11, 16);
  return `${MONTHS[date.getUTCMonth()]} ${String(date.getUTCDate()).padStart(2)} ${time}`;
}

function longFormat(rows: Row[], shell: ShellState, flags: Set<string>): string[] {
  const sizes = rows.map(({ entry }) => (flags.has('h') ? human(sizeOf(entry)) : String(sizeOf(entry))));
  const width = Math.max(0, ...sizes.map((size) => size.length));
  return rows.map(({ name, path, entry }, index) => {
    const mode = entry.kind === 'dir' ? 'drwxr-xr-x' : '-rw-r--r--';
    const owner = canWrite(shell, path) ? shell.user : 'root';
    return `${mode} ${entry.kind === 'dir' ? 2 : 1} ${owner} ${owner} ${(sizes[index] ?? '').padStart(width)} ${stamp(entry.mtime)} ${name}`;
  });
}

function render(rows: Row[], shell: ShellState, flags: Set<string>, total: boolean): string {
  const decorate = (row: Row) =>
    row.name + ((flags.has('F') || flags.has('p')) && row.entry.kind === 'dir' ? '/' : '');
  if (!flags.has('l')) return rows.map((row) => `${decorate(row)}\n`).join('');
  const blocks = rows.reduce((sum, { entry }) => sum + Math.ceil(sizeOf(entry) / 4096) * 4, 0);
  const lines = longFormat(
    rows.map((row) => ({ ...row, name: decorate(row) })),
    shell,
    flags,
  );
  return (total ? `total ${blocks}\n` : '') + lines.map((line) => `${line}\n`).join('');
}

function directoryRows(shell: ShellState, dir: string, flags: Set<string>): Row[] {
  const rows: Row[] = [];
  if (flags.has('a')) {
    const self = shell.fs.stat(dir);
    const parent = shell.fs.stat(posix.dirname(dir));
    if (self) rows.push({ name: '.', path: dir, entry: self });
    if (parent) rows.push({ name: '..', path: posix.dirname(dir), entry: parent });
  }
  for (const [name, entry] of shell.fs.list(dir) ?? []) {
    if (name.startsWith('.') && !flags.has('a') && !flags.has('A')) continue;
    rows.push({ name, path: posix.join(dir, name), entry });
  }
  return rows;
}

export const ls: Command = ({ args, io, shell }) => {
  const { flags, operands } = splitFlags(args);
  const unknown = [...flags].find((flag) => !SUPPORTED.has(flag));
  if (unknown) {
    io.err(`ls: invalid option -- '${unknown.replace(/^--/, '')}'\n`);
    return 2;
  }
  const targets = operands.length ? operands : ['.'];
  let status = 0;
  const files: Row[] = [];
  const dirs: Row[] = [];
  for (const target of targets) {
    const path = resolvePath(shell, target);
    const entry = shell.fs.stat(path);
    if (!entry) {
      io.err(`ls: cannot access '${target}': No such file or directory\n`);
      status = 2;
    } else (entry.kind === 'dir' && !flags.has('d') ? dirs : files).push({ name: target, path, entry });
  }
  const sections: string[] = [];
  if (files.length) sections.push(render(files, shell, flags, false));
  for (const dir of dirs) {
    const heading = targets.length > 1 ? `${dir.name}:\n` : '';
    sections.push(heading + render(directoryRows(shell, dir.path, flags), shell, flags, true));
  }
  io.out(sections.join('\n'));
  return status;
};
