import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CreateSandboxRequest } from '@/lib/contract';
import { createEmulator, type Emulator } from '@/lib/emulator';
import { curlSnippet, jsonSnippet, maskEnvVars, pythonSnippet, typescriptSnippet } from './request';
import { typecheckSnippets } from './typecheck-snippet';

const FULL_BODY: CreateSandboxRequest = {
  name: "o'brien's box",
  from_template: 'superserve/python-3.11',
  timeout_seconds: 3600,
  metadata: { env: 'prod', 'team.owner': 'agent "7"' },
  env_vars: { OPENAI_API_KEY: 'sk-secret-value', DEBUG: '1' },
  network: { allow_out: ['api.openai.com', '*.github.com'], deny_out: ['0.0.0.0/0'] },
};

/** Reads back the method, URL, headers and body of a snippet made by curlSnippet (our own format). */
function parseCurl(snippet: string, env: Record<string, string>) {
  const expand = (text: string) =>
    text
      .replace(/\$\{(\w+):-([^}]*)\}/g, (_m, name: string, fallback: string) => env[name] ?? fallback)
      .replace(/\$(\w+)/g, (_m, name: string) => env[name] ?? '');
  const method = /--request (\w+)/.exec(snippet)?.[1];
  const url = expand(/--url "([^"]+)"/.exec(snippet)?.[1] ?? '');
  const headers: Record<string, string> = {};
  for (const match of snippet.matchAll(/--header (?:"([^"]+)"|'([^']+)')/g)) {
    const raw = match[1] !== undefined ? expand(match[1]) : (match[2] as string);
    const colon = raw.indexOf(':');
    headers[raw.slice(0, colon).trim().toLowerCase()] = raw.slice(colon + 1).trim();
  }
  const heredoc = /<<'JSON'\n([\s\S]*?)\nJSON$/.exec(snippet);
  return { method, url, headers, body: heredoc?.[1] ?? '' };
}

describe('maskEnvVars', () => {
  it('replaces values with placeholders that name the variable', () => {
    expect(maskEnvVars(FULL_BODY).env_vars).toEqual({
      OPENAI_API_KEY: '<OPENAI_API_KEY value>',
      DEBUG: '<DEBUG value>',
    });
  });
  it('keeps the values when revealed, and leaves the input untouched', () => {
    expect(maskEnvVars(FULL_BODY, true)).toBe(FULL_BODY);
    maskEnvVars(FULL_BODY);
    expect(FULL_BODY.env_vars?.OPENAI_API_KEY).toBe('sk-secret-value');
  });
});

describe('jsonSnippet', () => {
  it('is the body, pretty-printed, with env values masked by default', () => {
    const text = jsonSnippet(FULL_BODY);
    expect(JSON.parse(text)).toEqual(maskEnvVars(FULL_BODY));
    expect(text).not.toContain('sk-secret-value');
    expect(jsonSnippet(FULL_BODY, { revealEnv: true })).toContain('sk-secret-value');
  });
});

describe('curlSnippet', () => {
  const snippet = curlSnippet(FULL_BODY, { idempotencyKey: 'key-123' });

  it('posts the body to $SUPERSERVE_BASE_URL/sandboxes, defaulting to the public API', () => {
    const request = parseCurl(snippet, { SUPERSERVE_API_KEY: 'k' });
    expect(request.method).toBe('POST');
    expect(request.url).toBe('https://api.superserve.ai/sandboxes');
    expect(parseCurl(snippet, { SUPERSERVE_BASE_URL: 'http://localhost:3000/emulator' }).url).toBe(
      'http://localhost:3000/emulator/sandboxes',
    );
  });

  it('reads the key from the environment, never inlining one', () => {
    expect(snippet).toContain('"X-API-Key: $SUPERSERVE_API_KEY"');
    expect(parseCurl(snippet, { SUPERSERVE_API_KEY: 'from-env' }).headers['x-api-key']).toBe('from-env');
  });

  it('sends JSON with the idempotency key', () => {
    const { headers, body } = parseCurl(snippet, {});
    expect(headers['content-type']).toBe('application/json');
    expect(headers['idempotency-key']).toBe('key-123');
    expect(JSON.parse(body)).toEqual(maskEnvVars(FULL_BODY));
  });

  it('keeps quotes in values intact thanks to the quoted heredoc', () => {
    const body = parseCurl(curlSnippet(FULL_BODY, { revealEnv: true }), {}).body;
    expect(JSON.parse(body)).toEqual(FULL_BODY);
  });

  it('uses a given default base URL (the emulator)', () => {
    const local = curlSnippet(FULL_BODY, { defaultBaseUrl: 'http://localhost:3000/emulator' });
    expect(local).toContain('${SUPERSERVE_BASE_URL:-http://localhost:3000/emulator}/sandboxes');
  });
});

describe('typescriptSnippet', () => {
  it('calls Sandbox.create with the SDK’s camelCase options', () => {
    const ts = typescriptSnippet(FULL_BODY);
    expect(ts).toContain('import { Sandbox } from "@superserve/sdk";');
    expect(ts).toContain('name: "o\'brien\'s box",');
    expect(ts).toContain('fromTemplate: "superserve/python-3.11",');
    expect(ts).toContain('timeoutSeconds: 3600,');
    expect(ts).toContain('"team.owner": "agent \\"7\\"",');
    expect(ts).toContain(
      '  network: {\n    allowOut: ["api.openai.com", "*.github.com"],\n    denyOut: ["0.0.0.0/0"],\n  },',
    );
  });

  it('reads env values from process.env unless revealed', () => {
    const ts = typescriptSnippet(FULL_BODY);
    expect(ts).toContain('OPENAI_API_KEY: process.env.OPENAI_API_KEY!,');
    expect(ts).not.toContain('sk-secret-value');
    expect(typescriptSnippet(FULL_BODY, { revealEnv: true })).toContain('OPENAI_API_KEY: "sk-secret-value",');
  });

  it('has no API key in it', () => {
    expect(typescriptSnippet(FULL_BODY)).not.toMatch(/apiKey/);
  });

  it('omits sections the body does not have', () => {
    const ts = typescriptSnippet({ name: 'a' });
    expect(ts).not.toContain('metadata');
    expect(ts).not.toContain('network');
    expect(ts).not.toContain('fromTemplate');
  });
});

describe('pythonSnippet', () => {
  it('calls Sandbox.create with snake_case keyword arguments', () => {
    const py = pythonSnippet(FULL_BODY);
    expect(py).toContain('from superserve import Sandbox');
    expect(py).toContain('    name="o\'brien\'s box",');
    expect(py).toContain('    from_template="superserve/python-3.11",');
    expect(py).toContain('    timeout_seconds=3600,');
    expect(py).toContain('        "team.owner": "agent \\"7\\"",');
    expect(py).toContain(
      '    network={\n        "allow_out": ["api.openai.com", "*.github.com"],\n        "deny_out": ["0.0.0.0/0"],\n    },',
    );
  });

  it('reads env values with os.environ unless revealed', () => {
    const py = pythonSnippet(FULL_BODY);
    expect(py.startsWith('import os\n')).toBe(true);
    expect(py).toContain('"OPENAI_API_KEY": os.environ["OPENAI_API_KEY"],');
    expect(py).not.toContain('sk-secret-value');
    const revealed = pythonSnippet(FULL_BODY, { revealEnv: true });
    expect(revealed).toContain('"OPENAI_API_KEY": "sk-secret-value",');
    expect(revealed).not.toContain('import os');
  });
});

describe('the curl snippet against the emulator', () => {
  const apiKey = 'snippet-test-key';
  let dataDir: string;
  let api: Emulator;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'form-snippet-'));
    api = createEmulator({ dataDir, apiKey, seed: false });
  });

  afterEach(() => {
    api.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Runs the snippet's request as curl would, with the environment a user would have exported. */
  async function runCurl(snippet: string) {
    const env = { SUPERSERVE_API_KEY: apiKey, SUPERSERVE_BASE_URL: 'http://emulator.test' };
    const request = parseCurl(snippet, env);
    return api.handle(
      new Request(request.url, { method: request.method, headers: request.headers, body: request.body }),
    );
  }

  it('creates the sandbox it describes', async () => {
    const response = await runCurl(curlSnippet(FULL_BODY, { revealEnv: true, idempotencyKey: randomUUID() }));
    expect(response.status).toBe(201);
    const created = (await response.json()) as Record<string, unknown>;
    expect(created).toMatchObject({
      name: FULL_BODY.name,
      status: 'active',
      timeout_seconds: FULL_BODY.timeout_seconds,
      metadata: FULL_BODY.metadata,
      network: FULL_BODY.network,
    });

    const fetched = await api.handle(
      new Request(`http://emulator.test/sandboxes/${String(created.id)}`, {
        headers: { 'X-API-Key': apiKey },
      }),
    );
    expect(await fetched.json()).toMatchObject({ name: FULL_BODY.name, metadata: FULL_BODY.metadata });
  });

  it('sets the env vars it shows, inside the sandbox', async () => {
    const response = await runCurl(curlSnippet(FULL_BODY, { revealEnv: true }));
    const { id } = (await response.json()) as { id: string };
    const exec = await api.handle(
      new Request(`http://emulator.test/sandboxes/${id}/exec`, {
        method: 'POST',
        headers: { 'X-API-Key': apiKey, 'Content-Type': 'application/json' },
        body: JSON.stringify({ command: 'echo $OPENAI_API_KEY' }),
      }),
    );
    expect(((await exec.json()) as { stdout: string }).stdout.trim()).toBe('sk-secret-value');
  });

  it('creates one sandbox when run twice with its idempotency key', async () => {
    const snippet = curlSnippet({ name: 'once' }, { idempotencyKey: randomUUID() });
    const first = (await (await runCurl(snippet)).json()) as { id: string };
    const second = (await (await runCurl(snippet)).json()) as { id: string };
    expect(second.id).toBe(first.id);
    const list = await api.handle(
      new Request('http://emulator.test/sandboxes', { headers: { 'X-API-Key': apiKey } }),
    );
    expect((await list.json()) as unknown[]).toHaveLength(1);
  });
});

describe('the TypeScript snippet against the real SDK types', () => {
  it('type-checks with @superserve/sdk, masked and revealed', () => {
    const snippets = [true, false].map((revealEnv) => typescriptSnippet(FULL_BODY, { revealEnv }));
    expect(typecheckSnippets(snippets)).toEqual([]);
  });
});
