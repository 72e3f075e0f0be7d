import { describe, expect, it } from 'vitest';
import { CreateSandboxRequestSchema } from '@/lib/contract';
import { fromCreateRequest, fromSandbox, toCreateRequest } from './request';
import { emptyFormValues, keyValueRow, ruleRow, type SandboxFormValues } from './values';

function filledValues(): SandboxFormValues {
  return {
    name: 'brisk-otter-3f9a',
    template: 'superserve/python-3.11',
    lifetime: { enabled: true, amount: '2', unit: 'hours' },
    metadata: [keyValueRow('env', 'prod'), keyValueRow('', ''), keyValueRow('owner', 'agent-7')],
    envVars: [keyValueRow('OPENAI_API_KEY', 'sk-test'), keyValueRow('DEBUG', '1')],
    allowOut: [ruleRow('api.openai.com'), ruleRow(''), ruleRow('*.github.com')],
    denyOut: [ruleRow('0.0.0.0/0')],
  };
}

describe('toCreateRequest', () => {
  it('builds the exact body, skipping blank rows', () => {
    expect(toCreateRequest(filledValues())).toEqual({
      name: 'brisk-otter-3f9a',
      from_template: 'superserve/python-3.11',
      timeout_seconds: 7200,
      metadata: { env: 'prod', owner: 'agent-7' },
      env_vars: { OPENAI_API_KEY: 'sk-test', DEBUG: '1' },
      network: { allow_out: ['api.openai.com', '*.github.com'], deny_out: ['0.0.0.0/0'] },
    });
  });

  it('keeps the field order of the API docs, so the preview reads naturally', () => {
    expect(Object.keys(toCreateRequest(filledValues()))).toEqual([
      'name',
      'from_template',
      'timeout_seconds',
      'metadata',
      'env_vars',
      'network',
    ]);
  });

  it('leaves out every empty section', () => {
    const values = { ...emptyFormValues('a'), metadata: [keyValueRow()], allowOut: [ruleRow()] };
    expect(toCreateRequest(values)).toEqual({ name: 'a', from_template: 'superserve/base' });
  });

  it('leaves out the lifetime when it is off, even with an amount', () => {
    const values = {
      ...emptyFormValues('a'),
      lifetime: { enabled: false, amount: '3', unit: 'days' as const },
    };
    expect(toCreateRequest(values)).not.toHaveProperty('timeout_seconds');
  });

  it('sends only the list that has rules', () => {
    const values = { ...emptyFormValues('a'), denyOut: [ruleRow('10.0.0.0/8')] };
    expect(toCreateRequest(values).network).toEqual({ deny_out: ['10.0.0.0/8'] });
  });

  it('keeps the name exactly as typed (the API does not trim)', () => {
    expect(toCreateRequest(emptyFormValues(' spaced ')).name).toBe(' spaced ');
  });

  it('keeps empty metadata values, which the API allows', () => {
    const values = { ...emptyFormValues('a'), metadata: [keyValueRow('flag', '')] };
    expect(toCreateRequest(values).metadata).toEqual({ flag: '' });
  });

  it('produces a body the contract accepts', () => {
    expect(CreateSandboxRequestSchema.safeParse(toCreateRequest(filledValues())).success).toBe(true);
  });
});

describe('fromCreateRequest', () => {
  it('round-trips a body through the form values', () => {
    const body = toCreateRequest(filledValues());
    expect(toCreateRequest(fromCreateRequest(body))).toEqual(body);
  });

  it('gives every row its own id', () => {
    const values = fromCreateRequest({ name: 'a', metadata: { a: '1', b: '2' } });
    const ids = values.metadata.map((row) => row.id);
    expect(new Set(ids).size).toBe(2);
  });

  it('defaults the template to superserve/base', () => {
    expect(fromCreateRequest({ name: 'a' }).template).toBe('superserve/base');
  });
});

describe('fromSandbox', () => {
  const sandbox = {
    id: 'c0ffee00-0000-4000-8000-000000000000',
    name: 'worker',
    status: 'active',
    timeout_seconds: 86400,
    metadata: { env: 'prod' },
    network: { allow_out: ['api.openai.com'], deny_out: ['0.0.0.0/0'] },
  };

  it('copies name, lifetime, metadata and network, without env vars', () => {
    const values = fromSandbox(sandbox);
    expect(values.name).toBe('worker-copy');
    expect(values.lifetime).toEqual({ enabled: true, amount: '1', unit: 'days' });
    expect(values.envVars).toEqual([]);
    expect(toCreateRequest(values)).toEqual({
      name: 'worker-copy',
      from_template: 'superserve/base',
      timeout_seconds: 86400,
      metadata: { env: 'prod' },
      network: { allow_out: ['api.openai.com'], deny_out: ['0.0.0.0/0'] },
    });
  });

  it('uses the template when the response names one', () => {
    expect(fromSandbox({ ...sandbox, template: 'superserve/node-22' }).template).toBe('superserve/node-22');
    expect(fromSandbox({ ...sandbox, from_template: 'my-env' }).template).toBe('my-env');
  });

  it('shows a template id by name when the templates list knows it, and keeps an unknown id', () => {
    const templates = [{ id: '7e3a0000-0000-4000-8000-000000000001', name: 'acme/data-tools' }];
    const withId = { ...sandbox, template_id: '7e3a0000-0000-4000-8000-000000000001' };
    expect(fromSandbox(withId, templates).template).toBe('acme/data-tools');
    expect(fromSandbox(withId).template).toBe('7e3a0000-0000-4000-8000-000000000001');
    expect(
      fromSandbox({ ...sandbox, template_id: 'ffff0000-0000-4000-8000-000000000009' }, templates).template,
    ).toBe('ffff0000-0000-4000-8000-000000000009');
  });

  it('tolerates null and missing sections', () => {
    const values = fromSandbox({ name: 'x', metadata: null, network: null, timeout_seconds: null });
    expect(toCreateRequest(values)).toEqual({ name: 'x-copy', from_template: 'superserve/base' });
  });
});
