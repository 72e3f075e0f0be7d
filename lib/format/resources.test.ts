import { describe, expect, it } from 'vitest';
import { formatMemoryMib, formatVcpu } from './resources';

describe('resources', () => {
  it('formats vCPU counts', () => {
    expect(formatVcpu(2)).toBe('2 vCPU');
    expect(formatVcpu(undefined)).toBe('—');
    expect(formatVcpu(null)).toBe('—');
  });
  it('formats memory in MiB or GiB', () => {
    expect(formatMemoryMib(512)).toBe('512 MiB');
    expect(formatMemoryMib(1024)).toBe('1 GiB');
    expect(formatMemoryMib(1536)).toBe('1.5 GiB');
    expect(formatMemoryMib(-1)).toBe('—');
  });
});
