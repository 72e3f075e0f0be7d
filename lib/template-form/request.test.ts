import { describe, expect, it } from 'vitest';
import { CreateTemplateRequestSchema } from '@/lib/contract';
import { emptyStep } from '@/lib/templates/steps';
import { cloneTemplateName, fromTemplate, toCreateTemplateRequest } from './request';
import { emptyTemplateFormValues, type TemplateFormValues } from './values';

function values(overrides: Partial<TemplateFormValues> = {}): TemplateFormValues {
  return { ...emptyTemplateFormValues(), name: 'py-env', from: 'python:3.11', ...overrides };
}

describe('toCreateTemplateRequest', () => {
  it('sends the shown defaults, the base image and nothing empty', () => {
    const body = toCreateTemplateRequest(values());
    expect(body).toEqual({
      name: 'py-env',
      vcpu: 1,
      memory_mib: 1024,
      disk_mib: 4096,
      build_spec: { from: 'python:3.11' },
    });
    expect(Object.keys(body)).toEqual(['name', 'vcpu', 'memory_mib', 'disk_mib', 'build_spec']);
    expect(CreateTemplateRequestSchema.safeParse(body).success).toBe(true);
  });

  it('sends the steps in order, each as exactly one kind, and the commands as typed', () => {
    const body = toCreateTemplateRequest(
      values({
        vcpu: ' 2 ',
        memoryMib: '2048',
        diskMib: '8192',
        from: '  node:22-slim ',
        steps: [
          { id: 'a', kind: 'run', run: 'apt-get update && \\\n  apt-get install -y git' },
          { id: 'b', kind: 'env', key: 'DEBUG', value: '' },
          { id: 'c', kind: 'workdir', workdir: '/srv/app' },
          { id: 'd', kind: 'user', name: 'app', sudo: true },
          { id: 'e', kind: 'user', name: 'plain' },
        ],
        startCmd: 'node server.js',
        readyCmd: 'curl -fsS localhost:3000',
      }),
    );
    expect(body).toEqual({
      name: 'py-env',
      vcpu: 2,
      memory_mib: 2048,
      disk_mib: 8192,
      build_spec: {
        from: 'node:22-slim',
        steps: [
          { run: 'apt-get update && \\\n  apt-get install -y git' },
          { env: { key: 'DEBUG', value: '' } },
          { workdir: '/srv/app' },
          { user: { name: 'app', sudo: true } },
          { user: { name: 'plain' } },
        ],
        start_cmd: 'node server.js',
        ready_cmd: 'curl -fsS localhost:3000',
      },
    });
    expect(CreateTemplateRequestSchema.safeParse(body).success).toBe(true);
  });

  it('leaves out a resource that is not a whole number (the form shows its error) and blank commands', () => {
    const body = toCreateTemplateRequest(
      values({ vcpu: '1.5', memoryMib: '', diskMib: 'abc', startCmd: '  ' }),
    );
    expect(body).toEqual({ name: 'py-env', build_spec: { from: 'python:3.11' } });
  });

  it('keeps an empty step, so the form reports it instead of dropping it', () => {
    const body = toCreateTemplateRequest(values({ steps: [emptyStep('run', 'x')] }));
    expect(body.build_spec.steps).toEqual([{ run: '' }]);
  });
});

describe('cloneTemplateName', () => {
  it('adds -copy, drops the reserved prefix and stays within 128 characters', () => {
    expect(cloneTemplateName('py-env')).toBe('py-env-copy');
    expect(cloneTemplateName('superserve/python-3.11')).toBe('python-3.11-copy');
    const long = cloneTemplateName('a'.repeat(128));
    expect(long).toHaveLength(128);
    expect(long.endsWith('-copy')).toBe(true);
  });
});

describe('fromTemplate (clone)', () => {
  const template = {
    id: 'tpl_1',
    name: 'py-env',
    status: 'ready',
    vcpu: 2,
    memory_mib: 2048,
    disk_mib: 8192,
    build_spec: {
      from: 'python:3.11',
      steps: [
        { run: 'pip install numpy' },
        { env: { key: 'A', value: '1' } },
        { user: { name: 'app', sudo: false } },
      ],
      start_cmd: 'python app.py',
      ready_cmd: null,
    },
  };

  it('copies resources, base, steps and commands; the name is a suggestion to change', () => {
    const { values: cloned, specKnown, skippedSteps } = fromTemplate(template);
    expect(specKnown).toBe(true);
    expect(skippedSteps).toBe(0);
    expect(cloned).toMatchObject({
      name: 'py-env-copy',
      vcpu: '2',
      memoryMib: '2048',
      diskMib: '8192',
      from: 'python:3.11',
      startCmd: 'python app.py',
      readyCmd: '',
    });
    expect(cloned.steps.map(({ id: _id, ...row }) => row)).toEqual([
      { kind: 'run', run: 'pip install numpy' },
      { kind: 'env', key: 'A', value: '1' },
      { kind: 'user', name: 'app', sudo: false },
    ]);
    // The clone sends the same build spec the original was created with.
    expect(toCreateTemplateRequest(cloned).build_spec).toEqual({
      from: 'python:3.11',
      steps: template.build_spec.steps,
      start_cmd: 'python app.py',
    });
  });

  it('without a build spec (a system template) copies resources and leaves base and steps to fill in', () => {
    const result = fromTemplate({ id: 'sys', name: 'superserve/base', status: 'ready', vcpu: null });
    expect(result.specKnown).toBe(false);
    expect(result.values).toMatchObject({
      name: 'base-copy',
      vcpu: '1',
      memoryMib: '1024',
      from: '',
      steps: [],
    });
  });

  it('counts steps that are not objects instead of copying them silently', () => {
    const result = fromTemplate({ ...template, build_spec: { from: 'x', steps: ['bogus', { run: 'ls' }] } });
    expect(result.skippedSteps).toBe(1);
    expect(result.values.steps).toHaveLength(1);
  });
});
