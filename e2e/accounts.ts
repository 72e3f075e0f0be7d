/**
 * The people the browser tests act as. The app starts with the admin (CONSOLE_ADMIN_EMAIL/PASSWORD, as a
 * headless deployment would); auth.setup.ts adds an operator and a viewer through the admin API and saves each
 * one's signed-in browser state, so a spec picks its role with `test.use({ storageState: stateOf('viewer') })`.
 */
import path from 'node:path';

import type { Role } from '@/lib/access/permissions';

export type TestAccount = { role: Role; name: string; email: string; password: string };

export const ACCOUNTS: Record<Role, TestAccount> = {
  admin: { role: 'admin', name: 'Ada Admin', email: 'admin@e2e.test', password: 'admin-password-e2e' },
  operator: {
    role: 'operator',
    name: 'Otto Operator',
    email: 'operator@e2e.test',
    password: 'operator-password-e2e',
  },
  viewer: { role: 'viewer', name: 'Vera Viewer', email: 'viewer@e2e.test', password: 'viewer-password-e2e' },
};

/** Where each role's signed-in state is kept for this run (a temp folder chosen by playwright.config.ts). */
export function stateOf(role: Role): string {
  const dir = process.env.E2E_AUTH_DIR;
  if (!dir) throw new Error('E2E_AUTH_DIR is not set: run the specs through playwright.config.ts');
  return path.join(dir, `${role}.json`);
}

/** A browser with no session, for the journeys that start signed out. */
export const SIGNED_OUT = { cookies: [], origins: [] };
