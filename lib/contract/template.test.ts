import { describe, expect, it } from 'vitest';
import {
  BuildLogEventSchema,
  BuildSpecSchema,
  BuildStepSchema,
  CreateTemplateRequestSchema,
  CreateTemplateResponseSchema,
  isKnownBuildStatus,
  isKnownTemplateStatus,
  isTerminalBuildStatus,
  TemplateBuildResponseSchema,
  TemplateResponseSchema,
} from './template';
import { fieldErrors } from './test-helpers';

const spec = { from: 'python:3.11' };

describe('BuildStepSchema', () => {
  it.each([
    { run: 'pip install -r requirements.txt' },
    { env: { key: 'PORT', value: '8080' } },
    { env: { key: 'EMPTY', value: '' } },
    { workdir: '/srv/app' },
    { user: { name: 'appuser' } },
    { user: { name: '_svc', sudo: true } },
  ])('accepts a step with exactly one kind: %j', (step) => {
    expect(fieldErrors(BuildStepSchema, step)).toEqual([]);
  });
  it('rejects a step with no kind', () => {
    expect(fieldErrors(BuildStepSchema, {})).toEqual([
      { path: '', message: 'A build step needs exactly one of run, env, workdir or user; this one has none' },
    ]);
  });
  it('rejects a step with two kinds, naming them', () => {
    expect(fieldErrors(BuildStepSchema, { run: 'make', workdir: '/app' })).toEqual([
      {
        path: '',
        message: 'A build step needs exactly one of run, env, workdir or user; this one has run and workdir',
      },
    ]);
  });
  it('rejects unknown step kinds', () => {
    expect(fieldErrors(BuildStepSchema, { copy: 'a b' })[0]?.message).toBe(
      'Unknown field "copy" in a build step; the allowed fields are run, env, workdir, user',
    );
  });
  it('rejects empty run and workdir, and a bad env key', () => {
    expect(fieldErrors(BuildStepSchema, { run: '' })[0]).toEqual({
      path: 'run',
      message: 'run cannot be empty',
    });
    expect(fieldErrors(BuildStepSchema, { workdir: '' })[0]).toEqual({
      path: 'workdir',
      message: 'workdir cannot be empty',
    });
    expect(fieldErrors(BuildStepSchema, { env: { key: '1X', value: '' } })[0]?.path).toBe('env.key');
    expect(fieldErrors(BuildStepSchema, { env: { key: 'X' } })[0]).toEqual({
      path: 'env.value',
      message: 'env.value is required',
    });
  });
});

describe('build user names', () => {
  it.each(['a', '_', 'app-user_2', 'a'.repeat(31)])('accepts %j', (name) => {
    expect(fieldErrors(BuildStepSchema, { user: { name } })).toEqual([]);
  });
  it('rejects 32 characters', () => {
    expect(fieldErrors(BuildStepSchema, { user: { name: 'a'.repeat(32) } })[0]?.message).toMatch(
      /is 32 characters; the limit is 31$/,
    );
  });
  it.each(['App', '1user', '-user', 'user.name', 'usér'])('rejects %j', (name) => {
    const [error] = fieldErrors(BuildStepSchema, { user: { name } });
    expect(error?.path).toBe('user.name');
    expect(error?.message).toContain('is not valid');
  });
  it('requires a name', () => {
    expect(fieldErrors(BuildStepSchema, { user: {} })[0]).toEqual({
      path: 'user.name',
      message: 'user.name is required',
    });
  });
});

describe('BuildSpecSchema', () => {
  it('accepts a full spec', () => {
    const full = {
      from: 'node:22-slim',
      steps: [{ run: 'npm ci' }],
      start_cmd: 'node server.js',
      ready_cmd: 'curl -f localhost:3000',
    };
    expect(BuildSpecSchema.parse(full)).toEqual(full);
  });
  it.each(['alpine:3.20', 'python:3.12-Alpine', 'gcr.io/DISTROLESS/static', 'myorg/alpine-tools:1'])(
    'rejects base %j',
    (from) => {
      const [error] = fieldErrors(BuildSpecSchema, { from });
      expect(error?.path).toBe('from');
      expect(error?.message).toMatch(
        /^build_spec\.from ".*" is based on (alpine|distroless), which is not supported/,
      );
    },
  );
  it('requires from', () => {
    expect(fieldErrors(BuildSpecSchema, {})).toEqual([
      { path: 'from', message: 'build_spec.from is required' },
    ]);
    expect(fieldErrors(BuildSpecSchema, { from: '' })).toEqual([
      { path: 'from', message: 'build_spec.from is required' },
    ]);
  });
  it('locates bad steps by index', () => {
    expect(fieldErrors(BuildSpecSchema, { ...spec, steps: [{ run: 'ok' }, {}] })[0]?.path).toBe('steps.1');
  });
});

describe('CreateTemplateRequestSchema', () => {
  it('fills in the default resources', () => {
    expect(CreateTemplateRequestSchema.parse({ name: 'my-python-env', build_spec: spec })).toEqual({
      name: 'my-python-env',
      vcpu: 1,
      memory_mib: 1024,
      disk_mib: 4096,
      build_spec: spec,
    });
  });
  it.each(['a', 'my-env', 'team/tools.v2', 'x_1', 'a'.repeat(128)])('accepts name %j', (name) => {
    expect(fieldErrors(CreateTemplateRequestSchema, { name, build_spec: spec })).toEqual([]);
  });
  it.each([
    ['', 'name is required'],
    [
      'My-Env',
      'name may use lowercase letters, digits and . _ / - and must start and end with a letter or digit',
    ],
    [
      '-env',
      'name may use lowercase letters, digits and . _ / - and must start and end with a letter or digit',
    ],
    [
      'env/',
      'name may use lowercase letters, digits and . _ / - and must start and end with a letter or digit',
    ],
    ['superserve/mine', 'name cannot start with "superserve/": that prefix is reserved for system templates'],
    ['a'.repeat(129), 'name is 129 characters; the limit is 128'],
  ])('rejects name %j', (name, message) => {
    expect(fieldErrors(CreateTemplateRequestSchema, { name, build_spec: spec })).toEqual([
      { path: 'name', message },
    ]);
  });
  it.each([
    ['vcpu', 1, 4],
    ['memory_mib', 256, 4096],
    ['disk_mib', 1024, 8192],
  ] as const)('checks %s from %d to %d, both sides', (field, min, max) => {
    const errs = (value: number) =>
      fieldErrors(CreateTemplateRequestSchema, { name: 't', build_spec: spec, [field]: value });
    expect(errs(min)).toEqual([]);
    expect(errs(max)).toEqual([]);
    expect(errs(min - 1)).toEqual([{ path: field, message: `${field} must be between ${min} and ${max}` }]);
    expect(errs(max + 1)).toEqual([{ path: field, message: `${field} must be between ${min} and ${max}` }]);
    expect(errs(min + 0.5)).toEqual([{ path: field, message: `${field} must be a whole number` }]);
  });
  it('rejects unknown fields and a missing build_spec', () => {
    expect(
      fieldErrors(CreateTemplateRequestSchema, { name: 't', build_spec: spec, gpu: 1 })[0]?.message,
    ).toMatch(/^Unknown field "gpu"/);
    expect(fieldErrors(CreateTemplateRequestSchema, { name: 't' })).toEqual([
      { path: 'build_spec', message: 'build_spec is required' },
    ]);
    expect(fieldErrors(CreateTemplateRequestSchema, { name: 't', build_spec: 'python:3.11' })).toEqual([
      { path: 'build_spec', message: 'build_spec must be a JSON object' },
    ]);
  });
});

describe('template responses', () => {
  const template = {
    id: 't1',
    team_id: 'team',
    name: 'superserve/base',
    status: 'ready',
    vcpu: 1,
    memory_mib: 1024,
    disk_mib: 4096,
    created_at: '2026-05-01T10:00:00Z',
  };
  it('keeps unknown fields and statuses', () => {
    const parsed = TemplateResponseSchema.parse({
      ...template,
      status: 'archived',
      latest_build_id: 'b1',
      labels: ['x'],
    });
    expect(parsed).toMatchObject({ status: 'archived', latest_build_id: 'b1', labels: ['x'] });
    expect(isKnownTemplateStatus('archived')).toBe(false);
    expect(isKnownTemplateStatus('building')).toBe(true);
  });
  it('parses a create response with its build id', () => {
    expect(
      CreateTemplateResponseSchema.parse({ ...template, status: 'building', build_id: 'b1' }).build_id,
    ).toBe('b1');
    expect(CreateTemplateResponseSchema.safeParse(template).success).toBe(false);
  });
  it('parses builds with unknown statuses', () => {
    const build = TemplateBuildResponseSchema.parse({
      id: 'b1',
      template_id: 't1',
      status: 'queued',
      extra: true,
    });
    expect(build).toMatchObject({ status: 'queued', extra: true });
    expect(isKnownBuildStatus('queued')).toBe(false);
    expect(isKnownBuildStatus('snapshotting')).toBe(true);
    expect(isTerminalBuildStatus('cancelled')).toBe(true);
    expect(isTerminalBuildStatus('building')).toBe(false);
  });
  it('parses build log events, live and final', () => {
    expect(
      BuildLogEventSchema.parse({ timestamp: 't', stream: 'system', text: 'Step 1/2', finished: false }),
    ).toMatchObject({
      text: 'Step 1/2',
    });
    expect(BuildLogEventSchema.parse({ finished: true, status: 'ready', stream: 'future' })).toMatchObject({
      finished: true,
      status: 'ready',
      text: '',
      stream: 'future',
    });
  });
});
