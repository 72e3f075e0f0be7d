import { describe, expect, it } from 'vitest';
import type { CreateTemplateRequestInput } from '@/lib/contract';
import {
  templateCurlSnippet,
  templateJsonSnippet,
  templatePythonSnippet,
  templateTypescriptSnippet,
} from './template-request';
import { typecheckSnippets } from './typecheck-snippet';

const body: CreateTemplateRequestInput = {
  name: 'py-env',
  vcpu: 2,
  memory_mib: 2048,
  disk_mib: 4096,
  build_spec: {
    from: 'python:3.11',
    steps: [
      { run: "echo 'it''s' && \\\n  ls" },
      { env: { key: 'A', value: '"quoted"' } },
      { workdir: '/srv' },
      { user: { name: 'app', sudo: true } },
    ],
    start_cmd: 'python -m http.server',
    ready_cmd: 'curl -f localhost:8000',
  },
};

describe('template snippets', () => {
  it('JSON is the body exactly', () => {
    expect(JSON.parse(templateJsonSnippet(body))).toEqual(body);
  });

  it('curl posts to /templates with the key from the environment and the Idempotency-Key', () => {
    const curl = templateCurlSnippet(body, { defaultBaseUrl: 'http://x/emulator', idempotencyKey: 'k-1' });
    expect(curl).toContain('--url "${SUPERSERVE_BASE_URL:-http://x/emulator}/templates"');
    expect(curl).toContain("--header 'Idempotency-Key: k-1'");
    expect(curl).toContain('$SUPERSERVE_API_KEY');
    const json = curl.slice(curl.indexOf("<<'JSON'\n") + 8, curl.lastIndexOf('\nJSON'));
    expect(JSON.parse(json)).toEqual(body);
  });

  it('TypeScript calls Template.create with camelCase options and type-checks against the SDK', () => {
    const ts = templateTypescriptSnippet(body);
    expect(ts).toContain('Template.create({');
    expect(ts).toContain('memoryMib: 2048,');
    expect(ts).toContain('startCmd: "python -m http.server",');
    expect(
      typecheckSnippets([ts, templateTypescriptSnippet({ name: 'a', build_spec: { from: 'b' } })]),
    ).toEqual([]);
  }, 60_000);

  it('Python posts the same body, with Python literals for booleans', () => {
    const py = templatePythonSnippet(body, { defaultBaseUrl: 'http://x/emulator', idempotencyKey: 'k-1' });
    expect(py).toContain('"sudo": True,');
    expect(py).not.toMatch(/\btrue\b/);
    expect(py).toContain('os.environ.get("SUPERSERVE_BASE_URL", "http://x/emulator")');
    expect(py).toContain('"Idempotency-Key": "k-1",');
    expect(py).toContain('f"{base_url}/templates"');
  });
});
