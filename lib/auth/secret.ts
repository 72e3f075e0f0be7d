import 'server-only';

import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { MIN_SECRET_LENGTH } from './settings';

export const SECRET_FILE = 'console-secret';

/**
 * Local mode without CONSOLE_SECRET: one generated secret per data folder, readable by this user only (0600),
 * reused on every start so sessions survive a restart. `wx` makes two processes starting together agree on one.
 */
export function localSecret(dataDir: string): string {
  const file = path.join(dataDir, SECRET_FILE);
  mkdirSync(dataDir, { recursive: true });
  try {
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  chmodSync(file, 0o600); // a copied data folder may have lost the mode
  const secret = readFileSync(file, 'utf8').trim();
  if (secret.length < MIN_SECRET_LENGTH)
    throw new Error(
      `${file} holds a secret shorter than ${MIN_SECRET_LENGTH} characters: delete it to have a new one made`,
    );
  return secret;
}
