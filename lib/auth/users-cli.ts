import 'server-only';

import { parseArgs } from 'node:util';

import type { z } from 'zod';

import { EmailSchema, NameSchema, PasswordSchema } from '@/lib/access/account-schemas';
import type { Role } from '@/lib/access/permissions';
import { RoleSchema, type UserSummary } from '@/lib/access/user-schemas';
import { openConsoleDb } from '@/lib/db/connect';
import { ConfigError, parseConfig } from '@/lib/server/config';

import { createAuth } from './auth';
import { localSecret } from './secret';
import { parseAuthSettings } from './settings';
import {
  type Accounts,
  addUser,
  type Caller,
  changeRole,
  listUsers,
  randomPassword,
  resetPassword,
  setDisabled,
  userIdByEmail,
} from './user-admin';

/**
 * `npm run users`: the Users page for ops and for recovery without a browser. It opens the app's own database
 * (DATABASE_URL or $DATA_DIR/console.db, while the app runs) and changes accounts through lib/auth/user-admin,
 * under the same lock and rules as the page; it acts as "system", with no session.
 *
 * Exit codes: 0 done, 1 refused or failed (the reason on stderr), 2 bad arguments (with the usage).
 */

export const USAGE = `Usage: npm run users -- <command> [options]

Commands:
  add --email E --name N --role R [--password P]
                     Add a user. Without --password, prints a one-time invite link (valid 7 days) for them
                     to set their own; with it, they sign in with P (12+ characters; it stays in your shell
                     history, so prefer the link).
  list               Everyone, with role and status.
  set-role --email E --role R
                     Change a role (viewer, operator or admin).
  disable --email E  Disable an account and end its sessions at once.
  enable --email E   Let a disabled account sign in again.
  reset-password --email E
                     Set a new random password, print it once, and end the account's sessions.
  help               This text.

The last active admin can't be demoted or disabled. The database is the app's: DATABASE_URL, or SQLite in
DATA_DIR (default ./data). Set CONSOLE_URL to print invite links with the dashboard's public address.`;

export type CliIo = {
  out: (line: string) => void;
  err: (line: string) => void;
  /** The accounts to work on; `publicUrl` (CONSOLE_URL) makes invite links absolute. */
  open: () => Promise<{ accounts: Accounts; publicUrl?: string; close: () => Promise<void> }>;
};

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

class UsageError extends Error {}

type Command = 'add' | 'list' | 'set-role' | 'disable' | 'enable' | 'reset-password';

const OPTIONS: Record<Command, { required: string[]; optional: string[] }> = {
  add: { required: ['email', 'name', 'role'], optional: ['password'] },
  list: { required: [], optional: [] },
  'set-role': { required: ['email', 'role'], optional: [] },
  disable: { required: ['email'], optional: [] },
  enable: { required: ['email'], optional: [] },
  'reset-password': { required: ['email'], optional: [] },
};

function isCommand(value: string | undefined): value is Command {
  return value !== undefined && Object.hasOwn(OPTIONS, value);
}

function checked<S extends z.ZodType>(schema: S, option: string, value: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new UsageError(`--${option}: ${result.error.issues[0]?.message ?? 'not valid'}`);
  return result.data;
}

/** The command and its options, or a UsageError saying what is wrong. */
function parse(argv: string[]): { command: Command; values: Record<string, string> } {
  const [command, ...rest] = argv;
  if (!isCommand(command)) {
    throw new UsageError(command ? `Unknown command "${command}".` : 'Name a command.');
  }
  const { required, optional } = OPTIONS[command];
  const options = Object.fromEntries(
    [...required, ...optional].map((name) => [name, { type: 'string' as const }]),
  );
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({ args: rest, options, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const missing = required.filter((name) => !values[name]);
  if (missing.length)
    throw new UsageError(`${command} needs ${missing.map((name) => `--${name}`).join(', ')}.`);
  return { command, values: values as Record<string, string> };
}

const SYSTEM: Caller = { kind: 'system' };

function table(users: UserSummary[]): string[] {
  const rows = [
    ['EMAIL', 'NAME', 'ROLE', 'STATUS', 'CREATED', 'LAST SIGN-IN'],
    ...users.map((user) => [
      user.email,
      user.name,
      user.role ?? '-',
      user.status.replace('_', ' '),
      user.createdAt.slice(0, 10),
      user.lastSignInAt ? user.lastSignInAt.slice(0, 16).replace('T', ' ') : '-',
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd(),
  );
}

/** Runs one command; resolves to the process's exit code. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  if (argv.length === 1 && ['help', '--help', '-h'].includes(argv[0]!)) {
    io.out(USAGE);
    return EXIT.ok;
  }
  let command: Command;
  let input: { email?: string; name?: string; role?: Role; password?: string };
  try {
    const parsed = parse(argv);
    command = parsed.command;
    const { email, name, role, password } = parsed.values;
    input = {
      email: email === undefined ? undefined : checked(EmailSchema, 'email', email),
      name: name === undefined ? undefined : checked(NameSchema, 'name', name),
      role: role === undefined ? undefined : checked(RoleSchema, 'role', role),
      password: password === undefined ? undefined : checked(PasswordSchema, 'password', password),
    };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`${error.message}\n\n${USAGE}`);
    return EXIT.usage;
  }

  let opened: Awaited<ReturnType<CliIo['open']>>;
  try {
    opened = await io.open();
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error));
    return EXIT.failed;
  }
  try {
    return await execute(command, input, opened, io);
  } finally {
    await opened.close();
  }
}

async function execute(
  command: Command,
  input: { email?: string; name?: string; role?: Role; password?: string },
  { accounts, publicUrl }: Awaited<ReturnType<CliIo['open']>>,
  io: CliIo,
): Promise<number> {
  if (command === 'list') {
    for (const line of table(await listUsers(accounts))) io.out(line);
    return EXIT.ok;
  }
  const email = input.email!;
  if (command === 'add') {
    const outcome = await addUser(
      accounts,
      SYSTEM,
      input.password
        ? { access: 'password', name: input.name!, email, role: input.role!, password: input.password }
        : { access: 'invite', name: input.name!, email, role: input.role! },
    );
    if (!outcome.ok) return refused(io, outcome.message);
    const { user, invite } = outcome.value;
    io.out(`Added ${user.name} <${user.email}> as ${user.role}.`);
    if (invite) {
      io.out(`One-time invite link, valid until ${invite.expiresAt} (shown only now):`);
      io.out(`  ${publicUrl ? `${publicUrl}${invite.path}` : invite.path}`);
      if (!publicUrl) {
        io.out(`Open it on the dashboard's address, e.g. http://localhost:3000${invite.path}`);
        io.out('(set CONSOLE_URL to print the full link).');
      }
    }
    return EXIT.ok;
  }

  const userId = await userIdByEmail(accounts, email);
  if (!userId) return refused(io, `No account has the email ${email}. See: npm run users -- list`);
  if (command === 'set-role') {
    const outcome = await changeRole(accounts, SYSTEM, userId, input.role!);
    if (!outcome.ok) return refused(io, outcome.message);
    io.out(`${email} is now ${input.role}.`);
  } else if (command === 'disable' || command === 'enable') {
    const outcome = await setDisabled(accounts, SYSTEM, userId, command === 'disable');
    if (!outcome.ok) return refused(io, outcome.message);
    io.out(command === 'disable' ? `Disabled ${email} and ended their sessions.` : `Enabled ${email}.`);
  } else {
    const password = randomPassword();
    const outcome = await resetPassword(accounts, userId, password);
    if (!outcome.ok) return refused(io, outcome.message);
    io.out(`New password for ${email} (shown only now; their sessions have ended):`);
    io.out(`  ${password}`);
    io.out('They can change it on their account page.');
  }
  return EXIT.ok;
}

function refused(io: CliIo, message: string): number {
  io.err(message);
  return EXIT.failed;
}

/** The app's own accounts, from the same settings the app reads (DATABASE_URL, DATA_DIR, CONSOLE_*). */
export async function openAppAccounts(env: Record<string, string | undefined>) {
  let mode: 'local' | 'remote';
  let dataDir: string;
  try {
    ({ mode, dataDir } = parseConfig(env));
  } catch (error) {
    if (error instanceof ConfigError) throw new Error(error.message);
    throw error;
  }
  const settings = parseAuthSettings(env, mode);
  if ('problems' in settings)
    throw new Error(`Invalid configuration:\n  - ${settings.problems.join('\n  - ')}`);
  const database = await openConsoleDb({ databaseUrl: settings.databaseUrl, dataDir });
  const auth = createAuth({
    database,
    secret: settings.secret ?? localSecret(dataDir),
    // The CLI serves no requests; an origin only keeps better-auth from warning that none is set.
    publicUrl: settings.publicUrl ?? 'http://localhost',
    sessionDays: settings.sessionDays,
    signInRateLimit: settings.signInRateLimit,
  });
  return { accounts: { auth, database }, publicUrl: settings.publicUrl, close: () => database.close() };
}
