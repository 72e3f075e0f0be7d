/**
 * Code snippets that send the create request the form describes: curl, the TypeScript SDK (@superserve/sdk)
 * and the Python SDK (superserve). Built from the same body the form POSTs, so they never drift from it.
 *
 * Secrets: the API key is always read from the environment ($SUPERSERVE_API_KEY, like both SDKs), and env-var
 * values are write-only, so unless the user reveals them they appear as placeholders (JSON, curl) or are read
 * from the caller's own environment (SDK snippets).
 */
import type { CreateSandboxRequest } from '@/lib/contract';
import { DEFAULT_API_URL } from '@/lib/contract/api-url';

export type SnippetOptions = {
  /** Show env-var values as typed. Off by default: values are secrets. */
  revealEnv?: boolean;
  /** Used when $SUPERSERVE_BASE_URL is unset (the SDKs' variable); e.g. the embedded API's /emulator URL. */
  defaultBaseUrl?: string;
  /** Sent by curl so a retried command never creates a second sandbox. */
  idempotencyKey?: string;
};

export function envPlaceholder(key: string): string {
  return `<${key} value>`;
}

/** The body with env-var values replaced by placeholders unless `reveal`. */
export function maskEnvVars(body: CreateSandboxRequest, reveal = false): CreateSandboxRequest {
  if (reveal || !body.env_vars) return body;
  const env_vars = Object.fromEntries(Object.keys(body.env_vars).map((key) => [key, envPlaceholder(key)]));
  return { ...body, env_vars };
}

/** Pretty JSON exactly as the form sends it (2-space indent, key order preserved). */
export function jsonSnippet(body: CreateSandboxRequest, options: SnippetOptions = {}): string {
  return JSON.stringify(maskEnvVars(body, options.revealEnv), null, 2);
}

/**
 * curl with the body in a quoted heredoc: nothing inside it is expanded or needs escaping, whatever the values
 * contain. A pretty-printed JSON document never has a line that is exactly `JSON`, so the delimiter is safe.
 * `path` is the endpoint under the base URL, e.g. `/sandboxes` or `/templates`.
 */
export function curlPostSnippet(path: string, json: string, options: SnippetOptions = {}): string {
  const base = options.defaultBaseUrl ?? DEFAULT_API_URL;
  const lines = [
    'curl --request POST \\',
    `  --url "\${SUPERSERVE_BASE_URL:-${base}}${path}" \\`,
    '  --header "X-API-Key: $SUPERSERVE_API_KEY" \\',
    "  --header 'Content-Type: application/json' \\",
  ];
  if (options.idempotencyKey) lines.push(`  --header 'Idempotency-Key: ${options.idempotencyKey}' \\`);
  lines.push("  --data-binary @- <<'JSON'", json, 'JSON');
  return lines.join('\n');
}

export function curlSnippet(body: CreateSandboxRequest, options: SnippetOptions = {}): string {
  return curlPostSnippet('/sandboxes', jsonSnippet(body, options), options);
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `["a", "b"]`: a string list as a TypeScript or Python literal (the same syntax in both). */
function listLiteral(items: readonly string[]): string {
  return `[${items.map((item) => JSON.stringify(item)).join(', ')}]`;
}

function tsKey(key: string): string {
  return IDENTIFIER.test(key) ? key : JSON.stringify(key);
}

function tsRecord(record: Record<string, string>, value: (key: string, v: string) => string, indent: string) {
  const entries = Object.entries(record).map(([k, v]) => `${indent}  ${tsKey(k)}: ${value(k, v)},`);
  return `{\n${entries.join('\n')}\n${indent}}`;
}

function processEnv(key: string): string {
  return IDENTIFIER.test(key) ? `process.env.${key}!` : `process.env[${JSON.stringify(key)}]!`;
}

export function typescriptSnippet(body: CreateSandboxRequest, options: SnippetOptions = {}): string {
  const literal = (_key: string, v: string) => JSON.stringify(v);
  const fields: string[] = [`  name: ${JSON.stringify(body.name)},`];
  if (body.from_template !== undefined) fields.push(`  fromTemplate: ${JSON.stringify(body.from_template)},`);
  if (body.timeout_seconds !== undefined) fields.push(`  timeoutSeconds: ${body.timeout_seconds},`);
  if (body.metadata) fields.push(`  metadata: ${tsRecord(body.metadata, literal, '  ')},`);
  if (body.env_vars) {
    const value = options.revealEnv ? literal : processEnv;
    fields.push(`  envVars: ${tsRecord(body.env_vars, value, '  ')},`);
  }
  if (body.network) {
    const parts: string[] = [];
    if (body.network.allow_out) parts.push(`    allowOut: ${listLiteral(body.network.allow_out)},`);
    if (body.network.deny_out) parts.push(`    denyOut: ${listLiteral(body.network.deny_out)},`);
    fields.push('  network: {', ...parts, '  },');
  }
  return [
    'import { Sandbox } from "@superserve/sdk";',
    '',
    '// Reads SUPERSERVE_API_KEY (and SUPERSERVE_BASE_URL, when set) from the environment.',
    'const sandbox = await Sandbox.create({',
    ...fields,
    '});',
    'console.log(sandbox.id);',
  ].join('\n');
}

/** JSON string literals are valid Python string literals (same escapes), so JSON.stringify serves both. */
function pyDict(record: Record<string, string>, value: (key: string, v: string) => string): string {
  const entries = Object.entries(record).map(([k, v]) => `        ${JSON.stringify(k)}: ${value(k, v)},`);
  return `{\n${entries.join('\n')}\n    }`;
}

export function pythonSnippet(body: CreateSandboxRequest, options: SnippetOptions = {}): string {
  const literal = (_key: string, v: string) => JSON.stringify(v);
  const readsEnv = body.env_vars !== undefined && !options.revealEnv;
  const args: string[] = [`    name=${JSON.stringify(body.name)},`];
  if (body.from_template !== undefined) args.push(`    from_template=${JSON.stringify(body.from_template)},`);
  if (body.timeout_seconds !== undefined) args.push(`    timeout_seconds=${body.timeout_seconds},`);
  if (body.metadata) args.push(`    metadata=${pyDict(body.metadata, literal)},`);
  if (body.env_vars) {
    const value = readsEnv ? (k: string) => `os.environ[${JSON.stringify(k)}]` : literal;
    args.push(`    env_vars=${pyDict(body.env_vars, value)},`);
  }
  if (body.network) {
    const parts: string[] = [];
    if (body.network.allow_out) parts.push(`        "allow_out": ${listLiteral(body.network.allow_out)},`);
    if (body.network.deny_out) parts.push(`        "deny_out": ${listLiteral(body.network.deny_out)},`);
    args.push('    network={', ...parts, '    },');
  }
  return [
    ...(readsEnv ? ['import os', ''] : []),
    'from superserve import Sandbox',
    '',
    '# Reads SUPERSERVE_API_KEY (and SUPERSERVE_BASE_URL, when set) from the environment.',
    'sandbox = Sandbox.create(',
    ...args,
    ')',
    'print(sandbox.id)',
  ].join('\n');
}
