import { describe, expect, it } from 'vitest';
import { TemplateFormSchema } from './schema';
import { emptyTemplateFormValues, type TemplateFormValues } from './values';

function issues(overrides: Partial<TemplateFormValues>) {
  const values = { ...emptyTemplateFormValues(), name: 'ok-name', from: 'python:3.11', ...overrides };
  const parsed = TemplateFormSchema.safeParse(values);
  return parsed.success
    ? []
    : parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('TemplateFormSchema', () => {
  it('accepts the defaults with a name and a base image', () => {
    expect(issues({})).toEqual([]);
  });

  it('refuses alpine and distroless bases in any case, and an empty base', () => {
    expect(issues({ from: 'python:3.11-ALPINE' })[0]).toMatchObject({ path: 'from' });
    expect(issues({ from: 'python:3.11-ALPINE' })[0]?.message).toContain('alpine');
    expect(issues({ from: 'gcr.io/Distroless/base' })[0]?.path).toBe('from');
    expect(issues({ from: '  ' })).toEqual([
      { path: 'from', message: 'Enter a base image, e.g. python:3.11 or node:22-slim' },
    ]);
  });

  it('checks the name with the contract', () => {
    expect(issues({ name: 'Bad Name' })[0]?.path).toBe('name');
    expect(issues({ name: 'superserve/mine' })[0]?.message).toContain('reserved');
  });

  it('holds each resource to the API limits', () => {
    expect(issues({ vcpu: '5' })).toEqual([{ path: 'vcpu', message: 'vCPU must be from 1 to 4 vCPU' }]);
    expect(issues({ memoryMib: '128' })).toEqual([
      { path: 'memoryMib', message: 'Memory must be from 256 to 4096 MiB' },
    ]);
    expect(issues({ diskMib: '1.5' })).toEqual([{ path: 'diskMib', message: 'Enter a whole number' }]);
    expect(issues({ diskMib: '' })[0]?.path).toBe('diskMib');
    expect(issues({ vcpu: '4', memoryMib: '4096', diskMib: '8192' })).toEqual([]);
  });

  it("puts a step's problem on that step's field", () => {
    const found = issues({
      steps: [
        { id: 'a', kind: 'run', run: 'ls' },
        { id: 'b', kind: 'user', name: 'Bad User' },
        { id: 'c', kind: 'env', key: '1X', value: '' },
      ],
    });
    expect(found.map((i) => i.path)).toEqual(['steps.1.name', 'steps.2.key']);
  });
});
