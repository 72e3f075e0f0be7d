import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiErrorSchema, summarizeFieldErrors, toFieldErrors, toPath, validate } from './errors';
import { CreateSandboxRequestSchema } from './sandbox';
import { metadataRowsSchema } from './metadata';

describe('toFieldErrors', () => {
  it('turns issue paths into dotted paths: records, lists and rows', () => {
    const formSchema = z.object({ metadata: metadataRowsSchema });
    const rows = {
      metadata: [
        { key: 'a', value: '' },
        { key: '', value: '' },
        { key: 'a', value: 'x' },
        { key: 'superserve.z', value: '' },
      ],
    };
    const result = formSchema.safeParse(rows);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(toFieldErrors(result.error).map((e) => e.path)).toEqual([
      'metadata.3.key',
      'metadata.0.key',
      'metadata.2.key',
    ]);
  });
  it('uses the record key for record issues', () => {
    const result = CreateSandboxRequestSchema.safeParse({
      name: 'x',
      metadata: { 'SUPERSERVE.x': 'v' },
      network: { deny_out: ['a.com'] },
    });
    if (result.success) throw new Error('expected failure');
    expect(toFieldErrors(result.error).map((e) => e.path)).toEqual([
      'metadata.SUPERSERVE.x',
      'network.deny_out.0',
    ]);
  });
  it('gives the root an empty path', () => {
    expect(toPath([])).toBe('');
    expect(toPath(['network', 'allow_out', 2])).toBe('network.allow_out.2');
  });
});

describe('summarizeFieldErrors', () => {
  it('prefixes the path when the message does not name the field', () => {
    expect(summarizeFieldErrors([{ path: 'metadata.3.value', message: 'too long' }])).toBe(
      'metadata.3.value: too long',
    );
  });
  it('leaves a message that already names its field alone', () => {
    expect(
      summarizeFieldErrors([{ path: 'timeout_seconds', message: 'timeout_seconds must be a number' }]),
    ).toBe('timeout_seconds must be a number');
  });
  it('counts further problems', () => {
    const fields = [
      { path: 'name', message: 'name is required' },
      { path: 'x', message: 'x bad' },
      { path: 'y', message: 'y bad' },
    ];
    expect(summarizeFieldErrors(fields)).toBe('name is required (and 2 more problems)');
  });
  it('has a fallback for no fields', () => {
    expect(summarizeFieldErrors([])).toBe('The request is not valid');
  });
});

describe('validate with any schema', () => {
  it('prefixes zod default messages with their path', () => {
    const result = validate(z.object({ count: z.number() }), { count: 'x' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.startsWith('count: ')).toBe(true);
  });
});

describe('ApiErrorSchema', () => {
  it('parses the envelope, keeping extra fields and the proxy field errors', () => {
    const body = {
      error: {
        code: 'bad_request',
        message: 'name is required',
        fields: [{ path: 'name', message: 'name is required' }],
      },
      request_id: 'r1',
    };
    expect(ApiErrorSchema.parse(body)).toEqual(body);
  });
  it('parses the plain API envelope', () => {
    expect(
      ApiErrorSchema.parse({ error: { code: 'not_found', message: 'Sandbox not found' } }).error.code,
    ).toBe('not_found');
  });
  it('rejects something that is not an envelope', () => {
    expect(ApiErrorSchema.safeParse({ message: 'oops' }).success).toBe(false);
  });
});
