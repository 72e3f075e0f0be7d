/**
 * The views at run time: unset optional fields are left out (the types say only which fields may exist), the
 * fields keep the API's order, and what they send parses with the contract's response schemas.
 */
import { describe, expect, it } from 'vitest';

import {
  BuildLogEventSchema,
  CreateTemplateResponseSchema,
  SandboxResponseSchema,
  TemplateBuildResponseSchema,
} from '@/lib/contract';

import type { BuildLogRecord, BuildRecord, SandboxRecord, TemplateRecord } from './store/types';
import {
  buildLogEvent,
  buildResponse,
  createTemplateResponse,
  sandboxListItem,
  sandboxResponse,
} from './views';

const T = Date.UTC(2026, 0, 2, 3, 4, 5);

const sandbox: SandboxRecord = {
  seq: 1,
  id: '11111111-1111-4111-8111-111111111111',
  name: 'web',
  status: 'active',
  templateId: 'tpl-1',
  buildId: null,
  vcpuCount: 1,
  memoryMib: 1024,
  snapshotId: null,
  createdAt: T,
  timeoutSeconds: null,
  network: null,
  metadata: {},
  accessToken: 'token',
};

const template: TemplateRecord = {
  id: 'tpl-1',
  teamId: 'team',
  name: 'node',
  status: 'pending',
  vcpu: 1,
  memoryMib: 1024,
  diskMib: 4096,
  sizeBytes: null,
  errorMessage: null,
  buildSpec: null,
  isSystem: false,
  createdAt: T,
  builtAt: null,
  latestBuildId: null,
  readyBuildId: null,
};

const build: BuildRecord = {
  id: 'build-1',
  templateId: 'tpl-1',
  status: 'pending',
  buildSpec: { from: 'node:22' },
  buildSpecHash: 'hash',
  runtime: null,
  errorMessage: null,
  createdAt: T,
  startedAt: null,
  finalizedAt: null,
};

describe('sandbox views', () => {
  it('leave out unset optional fields, in the API order', () => {
    expect(Object.keys(sandboxListItem(sandbox))).toEqual([
      'id',
      'name',
      'status',
      'vcpu_count',
      'memory_mib',
      'created_at',
      'metadata',
      'template_id',
    ]);
  });

  it('send set optional fields, and parse with the contract', () => {
    const full = sandboxResponse({
      ...sandbox,
      snapshotId: 'snap-1',
      timeoutSeconds: 600,
      network: { allow_out: ['example.com'] },
      metadata: { env: 'prod' },
    });
    expect(Object.keys(full)).toEqual([
      'id',
      'name',
      'status',
      'vcpu_count',
      'memory_mib',
      'snapshot_id',
      'created_at',
      'timeout_seconds',
      'network',
      'metadata',
      'template_id',
      'access_token',
    ]);
    expect(full.created_at).toBe('2026-01-02T03:04:05.000Z');
    expect(SandboxResponseSchema.parse(full)).toEqual(full);
  });
});

describe('template views', () => {
  it('leave out unset fields; the create response adds the build id', () => {
    const body = createTemplateResponse(template, build);
    expect(Object.keys(body)).toEqual([
      'id',
      'team_id',
      'name',
      'status',
      'vcpu',
      'memory_mib',
      'disk_mib',
      'created_at',
      'build_id',
    ]);
    expect(CreateTemplateResponseSchema.parse(body)).toEqual(body);
  });

  it('a build sends its times once they are set', () => {
    expect(Object.keys(buildResponse(build))).toEqual([
      'id',
      'template_id',
      'status',
      'build_spec_hash',
      'created_at',
    ]);
    const done = buildResponse({
      ...build,
      status: 'failed',
      errorMessage: 'x',
      startedAt: T,
      finalizedAt: T,
    });
    expect(done).toMatchObject({
      error_message: 'x',
      started_at: done.created_at,
      finalized_at: done.created_at,
    });
    expect(TemplateBuildResponseSchema.parse(done)).toEqual(done);
  });
});

describe('build log events', () => {
  const line: BuildLogRecord = {
    seq: 1,
    timestamp: T,
    stream: 'stdout',
    text: 'hello',
    finished: false,
    status: null,
  };

  it('only the last line says finished, with the outcome', () => {
    expect(buildLogEvent(line)).toEqual({
      timestamp: '2026-01-02T03:04:05.000Z',
      stream: 'stdout',
      text: 'hello',
    });
    const last = buildLogEvent({ ...line, finished: true, status: 'ready' });
    expect(last).toMatchObject({ finished: true, status: 'ready' });
    expect(BuildLogEventSchema.parse(last)).toEqual(last);
  });
});
