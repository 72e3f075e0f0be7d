import { describe, expect, it } from 'vitest';
import { importRequestJson } from './import';
import { toCreateRequest } from './request';

describe('importRequestJson', () => {
  it('fills the form from a full body', () => {
    const body = {
      name: 'imported',
      from_template: 'superserve/node-22',
      timeout_seconds: 3600,
      metadata: { env: 'prod' },
      env_vars: { DEBUG: '1' },
      network: { allow_out: ['api.openai.com'], deny_out: ['0.0.0.0/0'] },
    };
    const result = importRequestJson(JSON.stringify(body), 'current');
    expect(result.ok).toBe(true);
    if (result.ok) expect(toCreateRequest(result.values)).toEqual(body);
  });

  it('keeps the current name when the body has none', () => {
    const result = importRequestJson('{"metadata":{"a":"b"}}', 'current');
    expect(result.ok && result.values.name).toBe('current');
  });

  it('explains invalid JSON', () => {
    const result = importRequestJson('{"name": ', 'x');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^This is not valid JSON/);
  });

  it('asks for input when empty', () => {
    expect(importRequestJson('   ', 'x')).toEqual({ ok: false, errors: ['Paste a JSON request body first'] });
  });

  it('rejects something other than an object', () => {
    const result = importRequestJson('[1,2]', 'x');
    expect(result).toEqual({ ok: false, errors: ['The request body must be a JSON object'] });
  });

  it('names unknown fields, like the API', () => {
    const result = importRequestJson('{"name":"a","vcpu":2}', 'x');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toBe('Unknown field: vcpu (the API rejects unknown fields)');
  });

  it('names a wrongly typed value with its path', () => {
    const result = importRequestJson('{"name":"a","metadata":{"count":42},"timeout_seconds":"60"}', 'x');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toContain('metadata.count must be a string');
      expect(result.errors).toContain('timeout_seconds must be a number');
    }
  });

  it('leaves limits to the form, so a reserved key is imported and flagged there', () => {
    const result = importRequestJson('{"name":"a","metadata":{"superserve.x":"1"}}', 'x');
    expect(result.ok).toBe(true);
  });

  it('keeps __proto__ and constructor keys: imported into rows and sent back as keys (issue #10)', () => {
    const text =
      '{"name":"p","from_template":"superserve/base","metadata":{"__proto__":"x","constructor":"c"},"env_vars":{"__proto__":"s"}}';
    const result = importRequestJson(text, 'x');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.values.metadata.map((row) => row.key)).toEqual(['__proto__', 'constructor']);
    expect(JSON.stringify(toCreateRequest(result.values))).toBe(text);
  });
});
