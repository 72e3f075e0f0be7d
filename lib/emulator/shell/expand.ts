/** Word expansion: variables, field splitting of unquoted expansions, and `*`/`?` globs in the last path part. */
import { posix } from 'node:path';

import { resolvePath } from './paths';
import type { Word } from './syntax';
import type { ShellState } from './types';

function lookup(shell: ShellState, name: string): string {
  if (name === '?') return String(shell.lastStatus);
  if (name === '$') return '4242';
  return shell.env.get(name) ?? '';
}

/** Expands a word into zero or more fields, as `sh` does. */
export function expandWord(shell: ShellState, word: Word): string[] {
  let fields: string[] = [''];
  let sawQuoted = false;
  let glob = false;
  for (const segment of word) {
    if ('text' in segment) {
      fields[fields.length - 1] += segment.text;
      sawQuoted ||= segment.quoted;
      glob ||= !segment.quoted && /[*?]/.test(segment.text);
      continue;
    }
    const value = lookup(shell, segment.variable);
    if (segment.quoted) {
      fields[fields.length - 1] += value;
      sawQuoted = true;
      continue;
    }
    // An unquoted expansion is split on whitespace, so `$EMPTY` vanishes and `$LIST` becomes several fields.
    const parts = value.split(/[ \t\n]+/);
    fields[fields.length - 1] += parts[0] ?? '';
    fields = fields.concat(parts.slice(1));
  }
  fields = fields.filter((field, index) => field !== '' || (sawQuoted && index === 0));
  return glob ? fields.flatMap((field) => expandGlob(shell, field)) : fields;
}

/** Expands a word that must stay one string (a redirection target, an assignment value). */
export const expandToString = (shell: ShellState, word: Word): string => expandWord(shell, word).join(' ');

function expandGlob(shell: ShellState, pattern: string): string[] {
  const dir = posix.dirname(pattern);
  const base = posix.basename(pattern);
  if (/[*?]/.test(dir) || !/[*?]/.test(base)) return [pattern];
  const regex = new RegExp(
    `^${base
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
  );
  const entries = shell.fs.list(resolvePath(shell, dir)) ?? [];
  const matches = entries
    .map(([name]) => name)
    .filter((name) => regex.test(name) && (base.startsWith('.') || !name.startsWith('.')))
    .map((name) => (pattern.includes('/') ? posix.join(dir, name) : name));
  return matches.length > 0 ? matches : [pattern];
}
