/**
 * Code that sends the `POST /templates` request the template form describes: the JSON body, curl, the
 * TypeScript SDK (`Template.create`, whose options are camelCase and flatten `build_spec`) and Python. Built from
 * the same body the form POSTs, so they never drift from it. Nothing in a template body is secret; the API key
 * is read from the environment, as everywhere.
 *
 * Python uses the standard library's HTTP client rather than the SDK: the SDK's template call is not documented
 * where this project can check it, and a snippet that calls it wrongly would fail the user.
 */
import type { CreateTemplateRequestInput } from '@/lib/contract';
import { DEFAULT_API_URL } from '@/lib/contract/api-url';
import { curlPostSnippet, type SnippetOptions } from './request';

export type TemplateSnippetOptions = Pick<SnippetOptions, 'defaultBaseUrl' | 'idempotencyKey'>;

/** Pretty JSON exactly as the form sends it. */
export function templateJsonSnippet(body: CreateTemplateRequestInput): string {
  return JSON.stringify(body, null, 2);
}

export function templateCurlSnippet(
  body: CreateTemplateRequestInput,
  options: TemplateSnippetOptions = {},
): string {
  return curlPostSnippet('/templates', templateJsonSnippet(body), options);
}

/** JSON text with every line after the first indented by `indent` (to nest it inside code). */
function nested(value: unknown, indent: string): string {
  return JSON.stringify(value, null, 2).split('\n').join(`\n${indent}`);
}

export function templateTypescriptSnippet(body: CreateTemplateRequestInput): string {
  const spec = body.build_spec;
  const fields: string[] = [`  name: ${JSON.stringify(body.name)},`];
  if (body.vcpu !== undefined) fields.push(`  vcpu: ${body.vcpu},`);
  if (body.memory_mib !== undefined) fields.push(`  memoryMib: ${body.memory_mib},`);
  if (body.disk_mib !== undefined) fields.push(`  diskMib: ${body.disk_mib},`);
  fields.push(`  from: ${JSON.stringify(spec.from)},`);
  if (spec.steps) fields.push(`  steps: ${nested(spec.steps, '  ')},`);
  if (spec.start_cmd !== undefined) fields.push(`  startCmd: ${JSON.stringify(spec.start_cmd)},`);
  if (spec.ready_cmd !== undefined) fields.push(`  readyCmd: ${JSON.stringify(spec.ready_cmd)},`);
  return [
    'import { Template } from "@superserve/sdk";',
    '',
    '// Reads SUPERSERVE_API_KEY (and SUPERSERVE_BASE_URL, when set) from the environment.',
    'const template = await Template.create({',
    ...fields,
    '});',
    'console.log(template.id, template.status);',
  ].join('\n');
}

/** A JSON value as a Python literal: JSON strings and numbers are Python's too; true/false/null are not. */
function pyLiteral(value: unknown, indent: string): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent}    `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => `${inner}${pyLiteral(item, inner)},`).join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const lines = entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${pyLiteral(item, inner)},`);
  return `{\n${lines.join('\n')}\n${indent}}`;
}

export function templatePythonSnippet(
  body: CreateTemplateRequestInput,
  options: TemplateSnippetOptions = {},
): string {
  const base = options.defaultBaseUrl ?? DEFAULT_API_URL;
  const headers = [
    '        "X-API-Key": os.environ["SUPERSERVE_API_KEY"],',
    '        "Content-Type": "application/json",',
    ...(options.idempotencyKey
      ? [`        "Idempotency-Key": ${JSON.stringify(options.idempotencyKey)},`]
      : []),
  ];
  return [
    'import json',
    'import os',
    'import urllib.request',
    '',
    `base_url = os.environ.get("SUPERSERVE_BASE_URL", ${JSON.stringify(base)})`,
    `body = ${pyLiteral(body, '')}`,
    'request = urllib.request.Request(',
    '    f"{base_url}/templates",',
    '    data=json.dumps(body).encode(),',
    '    method="POST",',
    '    headers={',
    ...headers,
    '    },',
    ')',
    'with urllib.request.urlopen(request) as response:',
    '    template = json.load(response)',
    'print(template["id"], template["build_id"])',
  ].join('\n');
}
