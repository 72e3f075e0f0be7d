/**
 * The Chromium the browser tests and the browser scripts (bench:list, screenshots) launch, and how. Not a spec:
 * Playwright only runs `*.spec.ts`.
 */
import { existsSync } from 'node:fs';

/** PLAYWRIGHT_CHROMIUM_PATH, else the system's /usr/bin/chromium, else (undefined) Playwright's own download. */
export function chromiumPath(): string | undefined {
  if (process.env.PLAYWRIGHT_CHROMIUM_PATH) return process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

/** Flags for a headless Chromium in a container: no sandbox, GPU or background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
