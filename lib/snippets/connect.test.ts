import { Sandbox } from '@superserve/sdk';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '@/lib/emulator';
import {
  CONNECT_SNIPPETS,
  connectCurlSnippet,
  connectPythonSnippet,
  connectTypescriptSnippet,
} from './connect';
import { typecheckSnippets } from './typecheck-snippet';

const ID = '5eed0000-0000-4000-8000-000000000005';
const LOCAL = 'http://localhost:3000/emulator';

type CurlCall = { method: string; url: string; headers: Record<string, string>; body?: string };

/** Reads back the calls of a snippet made by connectCurlSnippet (our own format), expanding $VARS from `env`. */
function parseCurlCalls(snippet: string, env: Record<string, string>): CurlCall[] {
  const expand = (text: string) =>
    text
      .replace(/\$\{(\w+):-([^}]*)\}/g, (_m, name: string, fallback: string) => env[name] ?? fallback)
      .replace(/\$(\w+)/g, (_m, name: string) => env[name] ?? '');
  return snippet
    .split(/\n(?=curl )/)
    .filter((part) => part.includes('curl '))
    .map((part) => {
      const headers: Record<string, string> = {};
      for (const match of part.matchAll(/--header (?:"([^"]+)"|'([^']+)')/g)) {
        const raw = match[1] !== undefined ? expand(match[1]) : (match[2] as string);
        const colon = raw.indexOf(':');
        headers[raw.slice(0, colon).trim().toLowerCase()] = raw.slice(colon + 1).trim();
      }
      const data = /--data '((?:[^']|'\\'')*)'/.exec(part)?.[1];
      return {
        method: /--request (\w+)/.exec(part)?.[1] ?? 'GET',
        url: expand(/--url "([^"]+)"/.exec(part)?.[1] ?? ''),
        headers,
        body: data?.replace(/'\\''/g, "'"),
      };
    });
}

describe('connectTypescriptSnippet', () => {
  it('connects by id with the key from the environment and runs a command', () => {
    const ts = connectTypescriptSnippet(ID);
    expect(ts).toContain('import { Sandbox } from "@superserve/sdk";');
    expect(ts).toContain(`const sandbox = await Sandbox.connect("${ID}");`);
    expect(ts).toContain('await sandbox.commands.run("uname -a");');
    expect(ts).toContain('SUPERSERVE_API_KEY');
    expect(ts).not.toMatch(/apiKey:/);
  });

  it('names a non-default API, still letting $SUPERSERVE_BASE_URL win', () => {
    const ts = connectTypescriptSnippet(ID, { defaultBaseUrl: `${LOCAL}/` });
    expect(ts).toContain(`baseUrl: process.env.SUPERSERVE_BASE_URL ?? "${LOCAL}",`);
    expect(connectTypescriptSnippet(ID, { defaultBaseUrl: 'https://api.superserve.ai' })).not.toContain(
      'baseUrl',
    );
  });

  it('type-checks against the installed @superserve/sdk, with and without a base URL', () => {
    expect(typeof Sandbox.connect).toBe('function');
    const snippets = [undefined, LOCAL].map((defaultBaseUrl) =>
      connectTypescriptSnippet(ID, { defaultBaseUrl }),
    );
    expect(typecheckSnippets(snippets)).toEqual([]);
  });

  it('quotes a command with quotes and backslashes as a valid string literal', () => {
    const command = `echo "it's" \\n`;
    const ts = connectTypescriptSnippet(ID, { command });
    const literal = /commands\.run\((.*)\);/.exec(ts)?.[1] ?? '';
    expect(JSON.parse(literal)).toBe(command);
  });
});

describe('connectPythonSnippet', () => {
  it('connects by id and prints the result, without importing os when not needed', () => {
    const py = connectPythonSnippet(ID);
    expect(py.startsWith('from superserve import Sandbox')).toBe(true);
    expect(py).toContain(`sandbox = Sandbox.connect("${ID}")`);
    expect(py).toContain('result = sandbox.commands.run("uname -a")');
    expect(py).toContain('print(result.stdout, result.exit_code)');
  });

  it('reads the base URL from the environment with the local default', () => {
    const py = connectPythonSnippet(ID, { defaultBaseUrl: LOCAL });
    expect(py.startsWith('import os\n')).toBe(true);
    expect(py).toContain(`base_url=os.environ.get("SUPERSERVE_BASE_URL", "${LOCAL}"),`);
  });
});

describe('connectCurlSnippet', () => {
  it('activates, then execs, against $SUPERSERVE_BASE_URL with the key from the environment', () => {
    const calls = parseCurlCalls(connectCurlSnippet(ID), { SUPERSERVE_API_KEY: 'from-env' });
    expect(calls.map((call) => `${call.method} ${call.url}`)).toEqual([
      `POST https://api.superserve.ai/sandboxes/${ID}/activate`,
      `POST https://api.superserve.ai/sandboxes/${ID}/exec`,
    ]);
    expect(calls.every((call) => call.headers['x-api-key'] === 'from-env')).toBe(true);
    expect(JSON.parse(calls[1]?.body ?? '')).toEqual({ command: 'uname -a' });
  });

  it('keeps single quotes in the command intact', () => {
    const command = "echo 'hi there'";
    const [, exec] = parseCurlCalls(connectCurlSnippet(ID, { command }), {});
    expect(JSON.parse(exec?.body ?? '')).toEqual({ command });
  });

  it('lists the three snippets in the order the tabs show them', () => {
    expect(CONNECT_SNIPPETS.map((snippet) => snippet.label)).toEqual(['TypeScript', 'Python', 'curl']);
  });
});

describe('the curl snippet against the emulator', () => {
  const apiKey = 'connect-snippet-key';
  let dataDir: string;
  let api: Emulator;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'connect-snippets-'));
    api = createEmulator({ dataDir, apiKey, seed: true });
  });
  afterEach(() => {
    api.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('resumes a paused sandbox and runs the command in it', async () => {
    // Seeded "eval-harness-nightly" is paused.
    const snippet = connectCurlSnippet(ID, {
      defaultBaseUrl: 'http://emulator.test',
      command: "echo 'hello'",
    });
    const [activate, exec] = parseCurlCalls(snippet, { SUPERSERVE_API_KEY: apiKey });
    const send = (call: CurlCall) =>
      api.handle(new Request(call.url, { method: call.method, headers: call.headers, body: call.body }));

    const activated = await send(activate!);
    expect(activated.status).toBe(200);
    expect(await activated.json()).toMatchObject({ id: ID, status: 'active' });

    const ran = await send(exec!);
    expect(ran.status).toBe(200);
    expect(await ran.json()).toEqual({ stdout: 'hello\n', stderr: '', exit_code: 0 });
  });
});
