/**
 * "Connect" snippets for an existing sandbox: the TypeScript SDK, the Python SDK and curl, each reaching THIS
 * sandbox by id and running a first command. The SDKs use `Sandbox.connect(id)`, which resumes a paused sandbox
 * (the API's `POST /sandboxes/{id}/activate`); the curl version makes the same two calls by hand.
 *
 * Secrets: the API key is always read from the environment ($SUPERSERVE_API_KEY, like both SDKs); the base URL
 * from $SUPERSERVE_BASE_URL when set, else `defaultBaseUrl` (this dashboard's /emulator in local mode).
 */
import { DEFAULT_API_URL } from '@/lib/contract/api-url';

export type ConnectSnippetOptions = {
  /** Used when $SUPERSERVE_BASE_URL is unset; the public API by default. */
  defaultBaseUrl?: string;
  /** The first command the snippet runs. */
  command?: string;
};

export const CONNECT_EXAMPLE_COMMAND = 'uname -a';

export type ConnectSnippetId = 'typescript' | 'python' | 'curl';

/** Whether the snippet must say where the API is: the SDKs default to the public API on their own. */
function customBase(options: ConnectSnippetOptions): string | undefined {
  const base = options.defaultBaseUrl?.replace(/\/+$/, '');
  return base && base !== DEFAULT_API_URL ? base : undefined;
}

/** JSON string literals are valid TypeScript and Python string literals, with the same escapes. */
const quote = (text: string) => JSON.stringify(text);

export function connectTypescriptSnippet(id: string, options: ConnectSnippetOptions = {}): string {
  const command = options.command ?? CONNECT_EXAMPLE_COMMAND;
  const base = customBase(options);
  const connect = base
    ? [
        `const sandbox = await Sandbox.connect(${quote(id)}, {`,
        `  baseUrl: process.env.SUPERSERVE_BASE_URL ?? ${quote(base)},`,
        '});',
      ]
    : [`const sandbox = await Sandbox.connect(${quote(id)});`];
  return [
    'import { Sandbox } from "@superserve/sdk";',
    '',
    '// Reads SUPERSERVE_API_KEY from the environment. connect() resumes the sandbox if it is paused.',
    ...connect,
    '',
    `const result = await sandbox.commands.run(${quote(command)});`,
    'console.log(result.stdout, result.exitCode);',
  ].join('\n');
}

export function connectPythonSnippet(id: string, options: ConnectSnippetOptions = {}): string {
  const command = options.command ?? CONNECT_EXAMPLE_COMMAND;
  const base = customBase(options);
  const connect = base
    ? [
        'sandbox = Sandbox.connect(',
        `    ${quote(id)},`,
        `    base_url=os.environ.get("SUPERSERVE_BASE_URL", ${quote(base)}),`,
        ')',
      ]
    : [`sandbox = Sandbox.connect(${quote(id)})`];
  return [
    ...(base ? ['import os', ''] : []),
    'from superserve import Sandbox',
    '',
    '# Reads SUPERSERVE_API_KEY from the environment. connect() resumes the sandbox if it is paused.',
    ...connect,
    '',
    `result = sandbox.commands.run(${quote(command)})`,
    'print(result.stdout, result.exit_code)',
  ].join('\n');
}

/** A shell single-quoted string: nothing inside is expanded; a `'` becomes `'\''`. */
function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

export function connectCurlSnippet(id: string, options: ConnectSnippetOptions = {}): string {
  const command = options.command ?? CONNECT_EXAMPLE_COMMAND;
  const base = options.defaultBaseUrl?.replace(/\/+$/, '') || DEFAULT_API_URL;
  const url = `\${SUPERSERVE_BASE_URL:-${base}}/sandboxes/${id}`;
  return [
    '# Resume the sandbox if it is paused (what Sandbox.connect does)',
    'curl --request POST \\',
    `  --url "${url}/activate" \\`,
    '  --header "X-API-Key: $SUPERSERVE_API_KEY"',
    '',
    '# Run a command and get its stdout, stderr and exit code',
    'curl --request POST \\',
    `  --url "${url}/exec" \\`,
    '  --header "X-API-Key: $SUPERSERVE_API_KEY" \\',
    "  --header 'Content-Type: application/json' \\",
    `  --data ${shellQuote(JSON.stringify({ command }))}`,
  ].join('\n');
}

export const CONNECT_SNIPPETS: ReadonlyArray<{
  id: ConnectSnippetId;
  label: string;
  build: (id: string, options?: ConnectSnippetOptions) => string;
}> = [
  { id: 'typescript', label: 'TypeScript', build: connectTypescriptSnippet },
  { id: 'python', label: 'Python', build: connectPythonSnippet },
  { id: 'curl', label: 'curl', build: connectCurlSnippet },
];
