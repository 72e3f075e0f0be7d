/** Small text filters that make pipes useful: head, tail, wc, grep. */
import { resolvePath } from '../paths';
import type { Command, CommandContext } from '../types';

/** Reads the named files (or stdin); reports missing ones like coreutils and returns the status so far. */
function readInputs(
  ctx: CommandContext,
  name: string,
  operands: string[],
): { texts: string[]; status: number } {
  if (operands.length === 0) return { texts: [ctx.io.stdin], status: 0 };
  const texts: string[] = [];
  let status = 0;
  for (const operand of operands) {
    const entry = ctx.shell.fs.stat(resolvePath(ctx.shell, operand));
    if (entry?.kind === 'file') texts.push(entry.content);
    else {
      ctx.io.err(`${name}: ${operand}: ${entry ? 'Is a directory' : 'No such file or directory'}\n`);
      status = name === 'grep' ? 2 : 1;
    }
  }
  return { texts, status };
}

const lines = (text: string): string[] => {
  const parts = text.split('\n');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
};

/** Parses `-n 5`, `-n5` and `-5`; everything else is an operand. */
function countOption(args: string[]): { count: number; operands: string[] } {
  let count = 10;
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '-n') count = Number(args[++i] ?? 10);
    else if (/^-n\d+$/.test(arg)) count = Number(arg.slice(2));
    else if (/^-\d+$/.test(arg)) count = Number(arg.slice(1));
    else operands.push(arg);
  }
  return { count, operands };
}

const slice =
  (name: 'head' | 'tail'): Command =>
  (ctx) => {
    const { count, operands } = countOption(ctx.args);
    const { texts, status } = readInputs(ctx, name, operands);
    for (const text of texts) {
      const all = lines(text);
      const picked = name === 'head' ? all.slice(0, count) : all.slice(Math.max(0, all.length - count));
      ctx.io.out(picked.map((line) => `${line}\n`).join(''));
    }
    return status;
  };

const wc: Command = (ctx) => {
  const flags = ctx.args.filter((arg) => arg.startsWith('-')).join('');
  const operands = ctx.args.filter((arg) => !arg.startsWith('-'));
  const { texts, status } = readInputs(ctx, 'wc', operands);
  const text = texts.join('');
  const counts = {
    l: (text.match(/\n/g) ?? []).length,
    w: text.split(/\s+/).filter(Boolean).length,
    c: Buffer.byteLength(text),
  };
  const wanted = (['l', 'w', 'c'] as const).filter((flag) => flags.includes(flag));
  const shown = (wanted.length ? wanted : (['l', 'w', 'c'] as const)).map((flag) => counts[flag]);
  const suffix = operands.length === 1 ? ` ${operands[0]}` : '';
  ctx.io.out(`${shown.join(' ')}${suffix}\n`);
  return status;
};

const grep: Command = (ctx) => {
  const flags = new Set(
    ctx.args.filter((arg) => /^-[ivcnF]+$/.test(arg)).flatMap((arg) => [...arg.slice(1)]),
  );
  const [pattern, ...operands] = ctx.args.filter((arg) => !/^-[ivcnF]+$/.test(arg));
  if (pattern === undefined) {
    ctx.io.err('Usage: grep [OPTION]... PATTERNS [FILE]...\n');
    return 2;
  }
  let regex: RegExp;
  try {
    const source = flags.has('F') ? pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : pattern;
    regex = new RegExp(source, flags.has('i') ? 'i' : '');
  } catch {
    ctx.io.err(`grep: Invalid regular expression\n`);
    return 2;
  }
  const { texts, status } = readInputs(ctx, 'grep', operands);
  const matches = lines(texts.join('')).flatMap((line, index) =>
    regex.test(line) !== flags.has('v') ? [flags.has('n') ? `${index + 1}:${line}` : line] : [],
  );
  ctx.io.out(flags.has('c') ? `${matches.length}\n` : matches.map((line) => `${line}\n`).join(''));
  return status || (matches.length > 0 ? 0 : 1);
};

export const textCommands: Record<string, Command> = { head: slice('head'), tail: slice('tail'), wc, grep };
