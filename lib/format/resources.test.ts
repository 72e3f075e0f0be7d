import { describe, expect, it } from 'vitest';
import { formatMemoryMib, formatResources, formatVcpu, shortId } from './resources';

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
  it('joins both', () => {
    expect(formatResources(1, 2048)).toBe('1 vCPU · 2 GiB');
  });
  it('shortens a UUID to its first block', () => {
    expect(shortId('3f2a9c1e-0000-4000-8000-000000000000')).toBe('3f2a9c1e');
    expect(shortId('abc')).toBe('abc');
  });
});
