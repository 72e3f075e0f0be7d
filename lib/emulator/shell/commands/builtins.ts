/** Shell builtins and process-level commands: cd, pwd, echo, printf, env, export, sleep, exit… */
import { setTimeout as sleepFor } from 'node:timers/promises';

import { resolvePath } from '../paths';
import type { Command, CommandContext } from '../types';
import { ExitRequest } from '../types';

const cd: Command = ({ args, io, shell }) => {
  const target =
    args[0] === '-' ? (shell.env.get('OLDPWD') ?? shell.cwd) : (args[0] ?? shell.env.get('HOME') ?? '/');
  const path = resolvePath(shell, target);
  const entry = shell.fs.stat(path);
  if (!entry) {
    io.err(`sh: 1: cd: can't cd to ${target}\n`);
    return 2;
  }
  if (entry.kind !== 'dir') {
    io.err(`sh: 1: cd: can't cd to ${target}\n`);
    return 2;
  }
  shell.env.set('OLDPWD', shell.cwd);
  shell.cwd = path;
  shell.env.set('PWD', path);
  if (args[0] === '-') io.out(`${path}\n`);
  return 0;
};

const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '\\': '\\',
  a: '\x07',
  e: '\x1b',
  '0': '',
};
const unescape = (text: string): string =>
  text.replace(/\\([ntr\\ae0])/g, (_, ch: string) => ESCAPES[ch] ?? ch);

const echo: Command = ({ args, io }) => {
  let newline = true;
  let escapes = false;
  let i = 0;
  for (; i < args.length && /^-[neE]+$/.test(args[i] as string); i++) {
    for (const flag of (args[i] as string).slice(1)) {
      if (flag === 'n') newline = false;
      else escapes = flag === 'e';
    }
  }
  const text = args.slice(i).join(' ');
  io.out((escapes ? unescape(text) : text) + (newline ? '\n' : ''));
  return 0;
};

/** printf with %s, %d, %i, %f and %% — enough for scripts that format a line or two. */
const printf: Command = ({ args, io }) => {
  const [format, ...values] = args;
  if (format === undefined) {
    io.err('printf: usage: printf format [arguments]\n');
    return 2;
  }
  let index = 0;
  do {
    io.out(
      unescape(format).replace(/%([-0-9.]*)([sdif%])/g, (_, _width: string, kind: string) => {
        if (kind === '%') return '%';
        const value = values[index++] ?? '';
        if (kind === 's') return value;
        const number = Number(value) || 0;
        return kind === 'f' ? number.toFixed(6) : String(Math.trunc(number));
      }),
    );
  } while (index > 0 && index < values.length);
  return 0;
};

const env: Command = ({ args, io, shell }) => {
  if (args.length > 0) {
    io.err(`env: '${args[0]}': running commands through env is not supported by the embedded shell\n`);
    return 125;
  }
  for (const [name, value] of shell.env) io.out(`${name}=${value}\n`);
  return 0;
};

const printenv: Command = ({ args, io, shell }) => {
  if (args.length === 0) return env({ name: 'env', args, io, shell });
  let status = 0;
  for (const name of args) {
    const value = shell.env.get(name);
    if (value === undefined) status = 1;
    else io.out(`${value}\n`);
  }
  return status;
};

const exportCommand: Command = ({ args, io, shell }) => {
  for (const arg of args) {
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      io.err(`sh: 1: export: ${arg}: bad variable name\n`);
      return 2;
    }
    if (eq !== -1) shell.env.set(name, arg.slice(eq + 1));
    else if (!shell.env.has(name)) shell.env.set(name, '');
  }
  return 0;
};

const unset: Command = ({ args, shell }) => {
  for (const name of args) shell.env.delete(name);
  return 0;
};

const UNIT_MS: Record<string, number> = { '': 1000, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `sleep` really waits, so output before and after it streams at different times; `timeout_s` cuts it short. */
const sleep: Command = async ({ args, io, shell }) => {
  if (args.length === 0) {
    io.err('sleep: missing operand\n');
    return 1;
  }
  let total = 0;
  for (const arg of args) {
    const match = /^(\d+(?:\.\d+)?|\.\d+|infinity)([smhd]?)$/.exec(arg);
    if (!match) {
      io.err(`sleep: invalid time interval '${arg}'\n`);
      return 1;
    }
    total += match[1] === 'infinity' ? 2 ** 31 - 1 : Number(match[1]) * (UNIT_MS[match[2] ?? ''] ?? 1000);
  }
  await sleepFor(Math.min(total, 2 ** 31 - 1), undefined, { signal: shell.signal });
  return 0;
};

const exit: Command = ({ args, io, shell }) => {
  const raw = args[0];
  if (raw !== undefined && !/^\d+$/.test(raw)) {
    io.err(`sh: 1: exit: Illegal number: ${raw}\n`);
    throw new ExitRequest(2);
  }
  throw new ExitRequest(raw === undefined ? shell.lastStatus : Number(raw) % 256);
};

const pwd: Command = ({ io, shell }) => {
  io.out(`${shell.cwd}\n`);
  return 0;
};

const which = (known: ReadonlySet<string>): Command => {
  return ({ args, io }: CommandContext) => {
    let status = 0;
    for (const name of args) {
      if (known.has(name)) io.out(`/usr/bin/${name}\n`);
      else status = 1;
    }
    return status;
  };
};

export const builtinCommands = (known: ReadonlySet<string>): Record<string, Command> => ({
  cd,
  pwd,
  echo,
  printf,
  env,
  printenv,
  export: exportCommand,
  unset,
  sleep,
  exit,
  true: () => 0,
  false: () => 1,
  ':': () => 0,
  which: which(known),
});
