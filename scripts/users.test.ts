import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

/**
 * The script itself, as `npm run users` runs it (tsx with the react-server condition, so lib/auth's
 * `server-only` guard loads): exit codes and output reach the shell. The commands are tested in
 * lib/auth/users-cli.test.ts; this proves the wiring, on a fresh SQLite data folder.
 */
const dataDir = mkdtempSync(path.join(tmpdir(), 'users-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function users(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    [
      path.join('node_modules', 'tsx', 'dist', 'cli.mjs'),
      '--conditions=react-server',
      'scripts/users.ts',
      ...args,
    ],
    {
      encoding: 'utf8',
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', SUPERSERVE_API_KEY: '', CONSOLE_URL: '' },
    },
  );
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('scripts/users.ts', () => {
  it(
    'adds the first admin, refuses to disable them (1), and answers bad arguments with 2',
    { timeout: 120_000 },
    () => {
      const added = users(
        'add',
        '--email',
        'root@example.com',
        '--name',
        'Root',
        '--role',
        'admin',
        '--password',
        'root-password-123',
      );
      expect(added.err).toBe('');
      expect(added).toMatchObject({ code: 0, out: 'Added Root <root@example.com> as admin.\n' });
      const disabled = users('disable', '--email', 'root@example.com');
      expect(disabled.code).toBe(1);
      expect(disabled.err).toMatch(/Root is the last active admin/);
      const bad = users('frobnicate');
      expect(bad.code).toBe(2);
      expect(bad.err).toMatch(/Unknown command "frobnicate"\.\n\nUsage: npm run users/);
    },
  );
});
