import { describe, expect, it } from 'vitest';
import type { TemplateResponse } from '@/lib/contract';
import { collectMetadataKeys } from './suggestions';
import { filterTemplateOptions, findTemplateOption, templateResources, toTemplateOptions } from './templates';

const t = (name: string, status = 'ready', extra: Partial<TemplateResponse> = {}): TemplateResponse => ({
  id: `id-${name}`,
  name,
  status,
  vcpu: 1,
  memory_mib: 1024,
  disk_mib: 4096,
  ...extra,
});

describe('template options', () => {
  const options = toTemplateOptions([
    t('zeta-env'),
    t('superserve/node-22'),
    t('alpha-env', 'building'),
    t('superserve/base'),
    t('superserve/python-ml', 'ready', { vcpu: 2, memory_mib: 2048 }),
  ]);

  it('puts superserve/base first, then curated, then the team’s, by name', () => {
    expect(options.map((o) => o.name)).toEqual([
      'superserve/base',
      'superserve/node-22',
      'superserve/python-ml',
      'alpha-env',
      'zeta-env',
    ]);
  });

  it('marks only ready templates selectable', () => {
    expect(options.find((o) => o.name === 'alpha-env')?.selectable).toBe(false);
    expect(options.find((o) => o.name === 'zeta-env')?.selectable).toBe(true);
  });

  it('describes resources', () => {
    expect(options.find((o) => o.name === 'superserve/python-ml')).toMatchObject({
      resources: '2 vCPU · 2 GiB',
      disk: '4 GiB disk',
    });
    expect(templateResources({ vcpu: null, memory_mib: undefined })).toBeUndefined();
    expect(templateResources({ vcpu: 1, memory_mib: 512 })).toBe('1 vCPU · 512 MiB');
  });

  it('filters by name substring or id prefix', () => {
    expect(filterTemplateOptions(options, 'PYTHON').map((o) => o.name)).toEqual(['superserve/python-ml']);
    expect(filterTemplateOptions(options, 'id-zeta').map((o) => o.name)).toEqual(['zeta-env']);
    expect(filterTemplateOptions(options, '')).toHaveLength(5);
  });

  it('finds a typed value by exact name or id', () => {
    expect(findTemplateOption(options, 'superserve/base')?.id).toBe('id-superserve/base');
    expect(findTemplateOption(options, 'id-zeta-env')?.name).toBe('zeta-env');
    expect(findTemplateOption(options, 'Superserve/Base')).toBeUndefined();
  });
});

describe('collectMetadataKeys', () => {
  it('lists keys by how often they are used', () => {
    const keys = collectMetadataKeys([
      { metadata: { env: 'a', owner: 'b' } },
      { metadata: { env: 'c' } },
      { metadata: null },
      { metadata: { team: 'x' } },
    ]);
    expect(keys).toEqual(['env', 'owner', 'team']);
  });
});
