/**
 * For scripts that drive the production build in a browser (bench:list, bench:palette, screenshots): a free port,
 * `next start` on a given data folder in local mode, the Chromium this machine has, and `withBrowserApp` for all of
 * it at once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../e2e/chromium';

/** The build folder (`NEXT_DIST_DIR`, default `.next`); exits with a hint when there is no build in it. */
export function requireBuild(): string {
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  if (!existsSync(path.join(distDir, 'BUILD_ID'))) {
    console.error(
      `No production build in ${distDir}. Run \`npm run build\` first (NEXT_DIST_DIR is honoured).`,
    );
    process.exit(1);
  }
  return distDir;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

type AppOptions = {
  dataDir: string;
  port: number;
  distDir: string;
  env?: Record<string, string>;
  /** The answer that means it has started; /api/health's 200 by default (a remote API that is down: other). */
  startedWhen?: { path: string; status: number };
  /** Receives everything the server writes to stdout and stderr (by default stdout is dropped, stderr shown). */
  output?: (text: string) => void;
};

/** `next start` in local mode (the embedded API) on `dataDir`; resolves once /api/health answers. */
export async function startApp({
  dataDir,
  port,
  distDir,
  env = {},
  startedWhen = { path: '/api/health', status: 200 },
  output,
}: AppOptions): Promise<ChildProcess> {
  // Started as `node next`, not through npx, so killing this process stops the server itself.
  const child = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'],
    {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NEXT_DIST_DIR: distDir,
        NEXT_TELEMETRY_DISABLED: '1',
        DATA_DIR: dataDir,
        SUPERSERVE_API_KEY: '',
        ...env,
      },
      stdio: output ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'ignore', 'inherit'],
    },
  );
  if (output) {
    child.stdout?.setEncoding('utf8').on('data', output);
    child.stderr?.setEncoding('utf8').on('data', output);
  }
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}${startedWhen.path}`);
      await response.body?.cancel();
      if (response.status === startedWhen.status) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill();
  throw new Error('the app did not start within 60 s');
}

/**
 * The settings a benchmark's app runs with: the embedded API behind `apiKey`, room for the seeded sandboxes, no
 * rate limit, and a first admin to sign in as (every page needs a signed-in person).
 */
export function benchAppEnv(options: {
  apiKey: string;
  admin: { email: string; password: string };
  port: number;
  maxSandboxes: number;
}): Record<string, string> {
  return {
    EMULATOR_API_KEY: options.apiKey,
    EMULATOR_MAX_SANDBOXES: String(options.maxSandboxes),
    EMULATOR_RATE_LIMIT: '',
    CONSOLE_ADMIN_EMAIL: options.admin.email,
    CONSOLE_ADMIN_PASSWORD: options.admin.password,
    CONSOLE_URL: `http://127.0.0.1:${options.port}`,
  };
}

/** The Chromium the browser tests use (see e2e/chromium.ts). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/** Signs a console user in as a browser would (same-origin POST); returns the Cookie header to send. */
export async function signIn(origin: string, user: { email: string; password: string }): Promise<string> {
  const response = await fetch(`${origin}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify(user),
  });
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]);
  if (!response.ok || cookies.length === 0) {
    throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  }
  return cookies.join('; ');
}

/** Signs a browser context in (its pages share the cookie jar), as a person would before opening a page. */
export async function signInContext(
  context: BrowserContext,
  origin: string,
  user: { email: string; password: string },
): Promise<void> {
  const response = await context.request.post(`${origin}/api/auth/sign-in/email`, {
    headers: { origin },
    data: user,
  });
  if (!response.ok()) throw new Error(`sign-in: ${response.status()} ${await response.text()}`);
}

type BrowserAppOptions = {
  /** Names the temporary data folder (`<name>-XXXXXX`). */
  name: string;
  /** 0 or unset: a free one. */
  port?: number;
  /** The server's settings, given its port (benchAppEnv, say). */
  env: (port: number) => Record<string, string>;
  /** Fills the fresh data folder before the server opens it (seeded sandboxes, say). */
  seed?: (dataDir: string) => Promise<void>;
};

/**
 * Runs `work` against the production build (requireBuild) served in local mode on a fresh data folder, with
 * Chromium launched; afterwards, whatever happened, closes the browser, stops the server and removes the folder.
 */
export async function withBrowserApp<T>(
  { name, port: wanted = 0, env, seed }: BrowserAppOptions,
  work: (app: { base: string; browser: Browser }) => Promise<T>,
): Promise<T> {
  const distDir = requireBuild();
  const dataDir = mkdtempSync(path.join(tmpdir(), `${name}-`));
  let app: ChildProcess | undefined;
  let browser: Browser | undefined;
  try {
    await seed?.(dataDir);
    const port = wanted || (await freePort());
    app = await startApp({ dataDir, port, distDir, env: env(port) });
    browser = await launchChromium();
    return await work({ base: `http://127.0.0.1:${port}`, browser });
  } finally {
    await browser?.close();
    app?.kill();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
