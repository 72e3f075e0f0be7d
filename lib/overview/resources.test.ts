import { describe, expect, it } from 'vitest';
import { resourcesInUse } from './resources';

describe('resources in use', () => {
  it('sums the vCPUs and memory of active sandboxes only', () => {
    expect(
      resourcesInUse([
        { status: 'active', vcpu_count: 2, memory_mib: 2048 },
        { status: 'active', vcpu_count: 1, memory_mib: 512 },
        { status: 'paused', vcpu_count: 4, memory_mib: 8192 },
        { status: 'failed', vcpu_count: 8, memory_mib: 1024 },
      ]),
    ).toEqual({ sandboxes: 2, vcpus: 3, memoryMib: 2560 });
  });

  it('counts a sandbox with missing or unreadable sizes, adding nothing for them', () => {
    expect(
      resourcesInUse([
        { status: 'active', vcpu_count: null, memory_mib: undefined },
        { status: 'active', vcpu_count: Number.NaN, memory_mib: -5 },
        { status: 'active', vcpu_count: 2, memory_mib: 1024 },
      ]),
    ).toEqual({ sandboxes: 3, vcpus: 2, memoryMib: 1024 });
  });

  it('is zero for nothing', () => {
    expect(resourcesInUse([])).toEqual({ sandboxes: 0, vcpus: 0, memoryMib: 0 });
  });
});
