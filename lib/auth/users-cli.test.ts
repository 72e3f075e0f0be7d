import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { ConsoleDb } from '@/lib/db/connect';
import { testDatabases } from '@/lib/db/test-databases';

import { acceptInvite } from './invites';
import {
  addPerson,
  emailOf,
  FIRST_ADMIN,
  firstAdmin,
  passwordOf,
  sessionHeaders,
  signInStatus,
  testAuth,
  type TestAccounts,
} from './test-accounts';
import { actorFromSession } from './actor';
import { listUsers } from './user-admin';
import { type CliIo, EXIT, run, USAGE } from './users-cli';

type Captured = { code: number; out: string; err: string; opened: boolean };

async function cli(argv: string[], open?: CliIo['open']): Promise<Captured> {
  const out: string[] = [];
  const err: string[] = [];
  let opened = false;
  const code = await run(argv, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    open: async () => {
      opened = true;
      if (!open) throw new Error('no database in this test');
      return open();
    },
  });
  return { code, out: out.join('\n'), err: err.join('\n'), opened };
}

describe('npm run users: bad arguments', () => {
  it.each([
    [[], 'Name a command.'],
    [['frobnicate'], 'Unknown command "frobnicate".'],
    [['add', '--email', 'a@example.com', '--name', 'A'], 'add needs --role.'],
    [['add', '--email', 'a@example.com', '--name', 'A', '--role', 'owner'], '--role: Choose a role'],
    [['add', '--email', 'nope', '--name', 'A', '--role', 'viewer'], '--email: Enter an email address'],
    [
      ['add', '--email', 'a@example.com', '--name', 'A', '--role', 'viewer', '--password', 'short'],
      '--password: Use at least 12',
    ],
    [['set-role', '--email', 'a@example.com'], 'set-role needs --role.'],
    [['disable'], 'disable needs --email.'],
    [['disable', '--email', 'a@example.com', '--force'], "Unknown option '--force'"],
    [['list', 'extra'], "Unexpected argument 'extra'"],
    [['reset-password', '--email'], "Option '--email <value>' argument missing"],
  ])('%j → usage and exit code 2, without opening the database', async (argv, message) => {
    const result = await cli(argv);
    expect(result.code).toBe(EXIT.usage);
    expect(result.err).toContain(message);
    expect(result.err).toContain(USAGE);
    expect(result.opened).toBe(false);
  });

  it('help prints the usage and exits 0', async () => {
    expect(await cli(['help'])).toMatchObject({ code: 0, out: USAGE });
    expect(await cli(['--help'])).toMatchObject({ code: 0, out: USAGE });
  });

  it('a database that can’t be opened is a failure (1), with the reason', async () => {
    const result = await cli(['list'], async () => {
      throw new Error('Invalid configuration: DATABASE_URL must be a postgres:// URL');
    });
    expect(result).toMatchObject({ code: EXIT.failed, err: expect.stringContaining('DATABASE_URL') });
  });
});

describe.each(testDatabases())('npm run users on $name', ({ open }) => {
  let database: ConsoleDb;
  let accounts: TestAccounts;
  let done: () => Promise<void>;
  let publicUrl: string | undefined;

  const opener: CliIo['open'] = async () => ({ accounts, publicUrl, close: async () => undefined });
  const users = (...argv: string[]) => cli(argv, opener);

  beforeEach(async () => {
    ({ db: database, done } = await open());
    accounts = { auth: testAuth(database), database };
    publicUrl = undefined;
    await firstAdmin(accounts);
  });
  afterEach(() => done());

  it('add with --password: they sign in with it', async () => {
    const result = await users(
      'add',
      '--email',
      'Otto@Example.com',
      '--name',
      'Otto',
      '--role',
      'operator',
      '--password',
      'otto-password-123',
    );
    expect(result).toMatchObject({ code: 0, out: 'Added Otto <otto@example.com> as operator.' });
    expect(await signInStatus(accounts.auth, 'otto@example.com', 'otto-password-123')).toBe(200);
  });

  it('add without a password prints a one-time invite link, absolute with CONSOLE_URL', async () => {
    publicUrl = 'https://console.example.com';
    const result = await users('add', '--email', 'ivan@example.com', '--name', 'Ivan', '--role', 'viewer');
    expect(result.code).toBe(0);
    const link = result.out.match(/https:\/\/console\.example\.com\/invite\/(\S+)/);
    expect(link).not.toBeNull();
    expect(await acceptInvite(accounts, decodeURIComponent(link![1]!), 'ivans-password-1')).toMatchObject({
      ok: true,
    });
    expect(await signInStatus(accounts.auth, 'ivan@example.com', 'ivans-password-1')).toBe(200);
  });

  it('add without CONSOLE_URL prints the path and where to open it', async () => {
    const result = await users('add', '--email', 'ivan@example.com', '--name', 'Ivan', '--role', 'viewer');
    expect(result.out).toMatch(/^ {2}\/invite\/\S+$/m);
    expect(result.out).toContain('set CONSOLE_URL');
  });

  it('add refuses an email that exists (1)', async () => {
    const result = await users('add', '--email', FIRST_ADMIN.email, '--name', 'Ada', '--role', 'viewer');
    expect(result).toMatchObject({ code: 1, err: 'An account with this email already exists.' });
  });

  it('list shows everyone with role and status', async () => {
    await addPerson(accounts, 'Otto', 'operator');
    const result = await users('list');
    expect(result.code).toBe(0);
    const lines = result.out.split('\n');
    expect(lines[0]).toMatch(/^EMAIL\s+NAME\s+ROLE\s+STATUS\s+CREATED\s+LAST SIGN-IN$/);
    expect(lines[1]).toMatch(/^ada@example\.com\s+Ada\s+admin\s+active\s+\d{4}-\d\d-\d\d\s+-$/);
    expect(lines[2]).toMatch(/^otto@example\.com\s+Otto\s+operator\s+active/);
  });

  it('set-role changes a role, and never takes the last admin', async () => {
    await addPerson(accounts, 'Otto', 'viewer');
    expect(await users('set-role', '--email', emailOf('Otto'), '--role', 'admin')).toMatchObject({
      code: 0,
      out: 'otto@example.com is now admin.',
    });
    expect((await users('set-role', '--email', FIRST_ADMIN.email, '--role', 'viewer')).code).toBe(0);
    const last = await users('set-role', '--email', emailOf('Otto'), '--role', 'viewer');
    expect(last.code).toBe(1);
    expect(last.err).toMatch(/^Otto is the last active admin, so they can't be demoted/);
    expect((await listUsers(accounts)).map((user) => user.role)).toEqual(['viewer', 'admin']);
  });

  it('disable ends their sessions at once, enable lets them back, and the last admin stays', async () => {
    await addPerson(accounts, 'Otto', 'operator');
    const headers = await sessionHeaders(accounts.auth, emailOf('Otto'), passwordOf('Otto'));
    expect(await users('disable', '--email', emailOf('Otto'))).toMatchObject({ code: 0 });
    expect(await actorFromSession(accounts.auth, headers)).toBeNull();
    expect(await signInStatus(accounts.auth, emailOf('Otto'), passwordOf('Otto'))).toBe(403);
    expect(await users('enable', '--email', emailOf('Otto'))).toMatchObject({ code: 0 });
    expect(await signInStatus(accounts.auth, emailOf('Otto'), passwordOf('Otto'))).toBe(200);
    expect(await users('disable', '--email', FIRST_ADMIN.email)).toMatchObject({
      code: 1,
      err: expect.stringMatching(/last active admin/),
    });
  });

  it('reset-password prints a new password once; the old one and its sessions are gone', async () => {
    await addPerson(accounts, 'Otto', 'operator');
    const headers = await sessionHeaders(accounts.auth, emailOf('Otto'), passwordOf('Otto'));
    const result = await users('reset-password', '--email', emailOf('Otto'));
    expect(result.code).toBe(0);
    const password = result.out.split('\n')[1]!.trim();
    expect(password).toMatch(/^[\w-]{24}$/);
    expect(await actorFromSession(accounts.auth, headers)).toBeNull();
    expect(await signInStatus(accounts.auth, emailOf('Otto'), passwordOf('Otto'))).toBe(401);
    expect(await signInStatus(accounts.auth, emailOf('Otto'), password)).toBe(200);
  });

  it('an unknown email is a failure (1) that says how to find the right one', async () => {
    for (const command of ['set-role', 'disable', 'enable', 'reset-password']) {
      const argv =
        command === 'set-role'
          ? [command, '--email', 'who@example.com', '--role', 'viewer']
          : [command, '--email', 'who@example.com'];
      expect(await users(...argv)).toMatchObject({
        code: 1,
        err: 'No account has the email who@example.com. See: npm run users -- list',
      });
    }
  });
});
