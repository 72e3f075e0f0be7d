/**
 * Starts a standalone server (`node server.js` in a copy of `<distDir>/standalone`, see scripts/lib/standalone.ts)
 * the way a deployment does, for the standalone e2e spec and bench:standalone.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

export type StandaloneServer = {
  child: ChildProcess;
  url: string;
  /** Milliseconds from spawn to the first 200 of /api/health. */
  readyMs: number;
  /** Everything the server wrote to stderr and stdout so far, for a failing test's message. */
  output: () => string;
  stop: () => Promise<void>;
};

type Options = {
  /** The standalone folder (server.js in it). */
  root: string;
  port: number;
  /** Settings on top of a clean local-mode base: nothing of the developer's shell leaks in but PATH and HOME. */
  env: Record<string, string>;
  timeoutMs?: number;
  /** How often /api/health is polled while waiting (short for a start-up benchmark). */
  pollMs?: number;
};

export async function startStandalone({
  root,
  port,
  env,
  timeoutMs = 60_000,
  pollMs = 100,
}: Options): Promise<StandaloneServer> {
  const started = performance.now();
  const child = spawn(process.execPath, ['server.js'], {
    cwd: root,
    // A minimal environment, as a container has: no NODE_PATH, no NEXT_DIST_DIR, none of the e2e server's settings.
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, 'exit');
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    await exited;
  };

  const deadline = started + timeoutMs;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`the standalone server exited with ${child.exitCode}:\n${output}`);
    }
    try {
      if ((await fetch(`${url}/api/health`)).status === 200) {
        return { child, url, readyMs: performance.now() - started, output: () => output, stop };
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  await stop();
  throw new Error(`the standalone server did not answer /api/health within ${timeoutMs} ms:\n${output}`);
}
