import { describe, expect, it } from 'vitest';
import { latestBuild, templateRowView } from './list-row';
import { countTemplateUsage } from './usage';

const WEB = {
  id: '7e3a0000-0000-4000-8000-000000000001',
  name: 'acme-web',
  status: 'ready',
  vcpu: 2,
  memory_mib: 2048,
  disk_mib: 4096,
  created_at: '2026-12-01T10:00:00Z',
  build_spec: { from: 'python:3.11', steps: [] },
};
const BASE = { id: 'b', name: 'superserve/base', status: 'ready', vcpu: 1, memory_mib: 1024, disk_mib: 4096 };

describe('templateRowView', () => {
  const ready = {
    state: 'ready',
    usage: countTemplateUsage([{ template_id: WEB.id }, { template: WEB.name }]),
  } as const;

  it('reads a team template: resources, base image, created, sandboxes using it', () => {
    expect(templateRowView(WEB, ready)).toEqual({
      id: WEB.id,
      name: 'acme-web',
      system: false,
      status: 'ready',
      resources: '2 vCPU · 2 GiB · 4 GiB',
      baseImage: 'python:3.11',
      createdAt: '2026-12-01T10:00:00Z',
      usage: { kind: 'count', count: 2 },
    });
  });

  it('marks a system template, without a base image when none is sent', () => {
    const row = templateRowView(BASE, ready);
    expect(row).toMatchObject({
      system: true,
      baseImage: null,
      createdAt: null,
      usage: { kind: 'count', count: 0 },
    });
    expect(templateRowView({ ...BASE, vcpu: null, memory_mib: undefined }, ready).resources).toBe(
      '— · — · 4 GiB',
    );
  });

  it('says "unknown" when the backend does not name templates, or the sandboxes failed to load', () => {
    const silent = { state: 'ready', usage: countTemplateUsage([{}, {}]) } as const;
    expect(templateRowView(WEB, silent).usage).toMatchObject({ kind: 'unknown' });
    expect(templateRowView(WEB, { state: 'error' }).usage).toMatchObject({ kind: 'unknown' });
    expect(templateRowView(WEB, { state: 'loading' }).usage).toEqual({ kind: 'loading' });
  });
});

describe('latestBuild', () => {
  it('is the newest build, dated by when it finished, started or was queued', () => {
    const builds = [
      {
        id: 'new',
        status: 'building',
        created_at: '2026-12-02T10:00:00Z',
        started_at: '2026-12-02T10:00:01Z',
      },
      {
        id: 'old',
        status: 'ready',
        created_at: '2026-12-01T10:00:00Z',
        finalized_at: '2026-12-01T10:01:00Z',
      },
    ];
    expect(latestBuild(builds)).toEqual({ id: 'new', status: 'building', at: '2026-12-02T10:00:01Z' });
    expect(latestBuild([...builds].reverse())?.id).toBe('new');
    expect(latestBuild([builds[1]!])).toEqual({ id: 'old', status: 'ready', at: '2026-12-01T10:01:00Z' });
  });

  it('is null without builds', () => {
    expect(latestBuild([])).toBeNull();
    expect(latestBuild(undefined)).toBeNull();
  });
});
