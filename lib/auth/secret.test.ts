import { mkdtempSync, readFileSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { localSecret, SECRET_FILE } from './secret';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'console-secret-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

describe('localSecret', () => {
  it('makes one into the data folder, readable by this user only, and reuses it', () => {
    const first = localSecret(dataDir);
    expect(first.length).toBeGreaterThanOrEqual(32);
    const file = path.join(dataDir, SECRET_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(localSecret(dataDir)).toBe(first);
    expect(readFileSync(file, 'utf8')).toBe(first);
  });

  it('restores the file mode of a copied folder', () => {
    writeFileSync(path.join(dataDir, SECRET_FILE), 'k'.repeat(43), { mode: 0o644 });
    expect(localSecret(dataDir)).toBe('k'.repeat(43));
    expect(statSync(path.join(dataDir, SECRET_FILE)).mode & 0o777).toBe(0o600);
  });

  it('refuses a truncated secret instead of signing sessions with it', () => {
    writeFileSync(path.join(dataDir, SECRET_FILE), 'short');
    expect(() => localSecret(dataDir)).toThrow(/shorter than 32 characters/);
  });
});
