import { describe, expect, it } from 'vitest';
import { validate } from './errors';
import {
  CreateSandboxRequestSchema,
  isKnownSandboxStatus,
  ResumeResponseSchema,
  SANDBOX_STATUSES,
  SandboxListItemSchema,
  SandboxListSchema,
  SandboxPatchSchema,
  SandboxResponseSchema,
  HealthResponseSchema,
} from './sandbox';
import { euroString, fieldErrors } from './test-helpers';

const TIMEOUT_MESSAGE = 'timeout_seconds must be between 1 and 604800 (7 days)';

describe('CreateSandboxRequestSchema: the documented example', () => {
  it('accepts the full body from the docs unchanged', () => {
    const body = {
      name: 'my-sandbox',
      from_template: 'superserve/python-3.11',
      timeout_seconds: 302400,
      metadata: { env: 'prod', owner: 'agent-7' },
      env_vars: { OPENAI_API_KEY: 'sk-...', DEBUG: '1', run_id: '7f3c-21' },
      network: { allow_out: ['api.openai.com', '*.github.com', '8.8.8.8/32'], deny_out: ['0.0.0.0/0'] },
    };
    expect(CreateSandboxRequestSchema.parse(body)).toEqual(body);
  });
  it('accepts just a name', () => {
    expect(CreateSandboxRequestSchema.parse({ name: 'x' })).toEqual({ name: 'x' });
  });
  it('accepts a template UUID', () => {
    expect(
      fieldErrors(CreateSandboxRequestSchema, {
        name: 'x',
        from_template: '3c90c3cc-0d44-4b50-8888-8dd25736052a',
      }),
    ).toEqual([]);
  });
});

describe('CreateSandboxRequestSchema: name', () => {
  it('accepts 64 bytes of multi-byte characters and keeps spaces (not trimmed)', () => {
    const name = ` ${euroString(62)} `;
    expect(CreateSandboxRequestSchema.parse({ name }).name).toBe(name);
  });
  it('accepts 16 emoji (64 bytes) and rejects 17 (68 bytes, only 17 characters)', () => {
    expect(fieldErrors(CreateSandboxRequestSchema, { name: '😀'.repeat(16) })).toEqual([]);
    expect(fieldErrors(CreateSandboxRequestSchema, { name: '😀'.repeat(17) })).toEqual([
      {
        path: 'name',
        message: 'name is 68 bytes; the limit is 64 (accented letters and emoji take 2–4 bytes each)',
      },
    ]);
  });
  it('rejects 65 bytes', () => {
    expect(fieldErrors(CreateSandboxRequestSchema, { name: euroString(65) })[0]?.message).toMatch(
      /^name is 65 bytes/,
    );
  });
  it('requires a name: missing, empty or not a string', () => {
    expect(fieldErrors(CreateSandboxRequestSchema, {})).toEqual([
      { path: 'name', message: 'name is required' },
    ]);
    expect(fieldErrors(CreateSandboxRequestSchema, { name: '' })).toEqual([
      { path: 'name', message: 'name is required' },
    ]);
    expect(fieldErrors(CreateSandboxRequestSchema, { name: 7 })).toEqual([
      { path: 'name', message: 'name must be a string' },
    ]);
  });
  it('accepts a whitespace-only name, as the backend does', () => {
    expect(fieldErrors(CreateSandboxRequestSchema, { name: '   ' })).toEqual([]);
  });
});

describe('CreateSandboxRequestSchema: timeout_seconds', () => {
  it.each([1, 3600, 604800])('accepts %d', (timeout) => {
    expect(fieldErrors(CreateSandboxRequestSchema, { name: 'x', timeout_seconds: timeout })).toEqual([]);
  });
  it.each([0, -5, 604801])('rejects %d with the range message', (timeout) => {
    expect(fieldErrors(CreateSandboxRequestSchema, { name: 'x', timeout_seconds: timeout })).toEqual([
      { path: 'timeout_seconds', message: TIMEOUT_MESSAGE },
    ]);
  });
  it('rejects 1.5 as not a whole number', () => {
    expect(fieldErrors(CreateSandboxRequestSchema, { name: 'x', timeout_seconds: 1.5 })).toEqual([
      { path: 'timeout_seconds', message: 'timeout_seconds must be a whole number' },
    ]);
  });
  it('rejects a string, null and NaN', () => {
    for (const timeout of ['60', null, Number.NaN]) {
      expect(fieldErrors(CreateSandboxRequestSchema, { name: 'x', timeout_seconds: timeout })).toEqual([
        { path: 'timeout_seconds', message: 'timeout_seconds must be a number' },
      ]);
    }
  });
});

describe('CreateSandboxRequestSchema: other fields', () => {
  it('rejects an empty from_template', () => {
    expect(fieldErrors(CreateSandboxRequestSchema, { name: 'x', from_template: '' })).toEqual([
      {
        path: 'from_template',
        message: 'from_template cannot be empty; leave it out to use superserve/base',
      },
    ]);
  });
  it('reports metadata, env_vars and network issues at their full paths', () => {
    const errors = fieldErrors(CreateSandboxRequestSchema, {
      name: 'x',
      metadata: { env: euroString(2049) },
      env_vars: { 'BAD-NAME': '1' },
      network: { allow_out: ['ok.com', '::1'] },
    });
    expect(errors.map((e) => e.path)).toEqual(['metadata.env', 'env_vars.BAD-NAME', 'network.allow_out.1']);
  });
  it('rejects unknown top-level fields, naming them', () => {
    expect(fieldErrors(CreateSandboxRequestSchema, { name: 'x', auto_delete_seconds: 5, nam: 'y' })).toEqual([
      {
        path: '',
        message:
          'Unknown fields "auto_delete_seconds", "nam" in the request body; the allowed fields are name, from_template, timeout_seconds, metadata, env_vars, network',
      },
    ]);
  });
  it('rejects a missing body', () => {
    expect(fieldErrors(CreateSandboxRequestSchema, undefined)).toEqual([
      { path: '', message: 'The request body is required' },
    ]);
  });
  it('rejects a body that is not an object', () => {
    for (const body of [null, [], 'x', 3]) {
      expect(fieldErrors(CreateSandboxRequestSchema, body)).toEqual([
        { path: '', message: 'The request body must be a JSON object' },
      ]);
    }
  });
});

describe('SandboxPatchSchema', () => {
  it('accepts metadata alone, network alone, both, and {} to clear', () => {
    expect(fieldErrors(SandboxPatchSchema, { metadata: {} })).toEqual([]);
    expect(fieldErrors(SandboxPatchSchema, { network: { allow_out: [] } })).toEqual([]);
    expect(
      fieldErrors(SandboxPatchSchema, { metadata: { env: 'prod' }, network: { deny_out: ['0.0.0.0/0'] } }),
    ).toEqual([]);
  });
  it('rejects a patch with neither field', () => {
    expect(fieldErrors(SandboxPatchSchema, {})).toEqual([
      { path: '', message: 'patch body must include at least one field (network, metadata)' },
    ]);
  });
  it('rejects unknown fields such as name', () => {
    expect(fieldErrors(SandboxPatchSchema, { metadata: {}, name: 'renamed' })[0]?.message).toBe(
      'Unknown field "name" in the patch body; the allowed fields are network, metadata',
    );
  });
  it('applies the same metadata limits as create', () => {
    expect(fieldErrors(SandboxPatchSchema, { metadata: { _SuperServe: 'x' } })[0]?.path).toBe(
      'metadata._SuperServe',
    );
  });
});

describe('response schemas are tolerant', () => {
  const item = {
    id: '3c90c3cc-0d44-4b50-8888-8dd25736052a',
    name: 'demo',
    status: 'active',
    vcpu_count: 1,
    memory_mib: 1024,
    created_at: '2026-05-01T10:00:00Z',
    metadata: { env: 'prod' },
  };

  it('keeps unknown fields', () => {
    const parsed = SandboxListItemSchema.parse({ ...item, region: 'eu-west', disk_mib: 4096 });
    expect(parsed).toMatchObject({ region: 'eu-west', disk_mib: 4096 });
  });
  it('keeps unknown fields through the extended SandboxResponse', () => {
    expect(SandboxResponseSchema.parse({ ...item, access_token: 't', future: 1 })).toMatchObject({
      access_token: 't',
      future: 1,
    });
  });
  it('accepts unknown statuses and flags them as unknown', () => {
    const parsed = SandboxListItemSchema.parse({ ...item, status: 'hibernating' });
    expect(parsed.status).toBe('hibernating');
    expect(isKnownSandboxStatus(parsed.status)).toBe(false);
    for (const status of SANDBOX_STATUSES) expect(isKnownSandboxStatus(status)).toBe(true);
  });
  it('defaults missing or null metadata to {} and tolerates absent optional fields', () => {
    const { metadata: _omit, vcpu_count: _v, memory_mib: _m, ...bare } = item;
    expect(SandboxListItemSchema.parse(bare).metadata).toEqual({});
    expect(SandboxListItemSchema.parse({ ...item, metadata: null }).metadata).toEqual({});
  });
  it('treats access_token as optional, because the proxy strips it', () => {
    expect(SandboxResponseSchema.parse(item).access_token).toBeUndefined();
  });
  it('still rejects a response missing its id', () => {
    const { id: _id, ...noId } = item;
    expect(SandboxListItemSchema.safeParse(noId).success).toBe(false);
  });
  it('parses a list, resume and health responses', () => {
    expect(SandboxListSchema.parse([item, item])).toHaveLength(2);
    expect(
      ResumeResponseSchema.parse({ id: item.id, status: 'active', access_token: 't', extra: 1 }),
    ).toMatchObject({ extra: 1 });
    expect(HealthResponseSchema.parse({ status: 'ok', version: '0.1.0' })).toEqual({
      status: 'ok',
      version: '0.1.0',
    });
  });
});

describe('validate()', () => {
  it('returns data on success', () => {
    expect(validate(CreateSandboxRequestSchema, { name: 'ok' })).toEqual({ ok: true, data: { name: 'ok' } });
  });
  it('summarises the first problem and counts the rest', () => {
    const result = validate(CreateSandboxRequestSchema, { name: '', timeout_seconds: 0 });
    expect(result).toEqual({
      ok: false,
      message: 'name is required (and 1 more problem)',
      fields: [
        { path: 'name', message: 'name is required' },
        { path: 'timeout_seconds', message: TIMEOUT_MESSAGE },
      ],
    });
  });
});
