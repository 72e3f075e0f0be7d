/** What the running sandboxes hold: their vCPUs and memory, summed. Paused ones hold none (they are snapshots). */
import type { SandboxListItem } from '@/lib/contract';

export type ResourcesInUse = { sandboxes: number; vcpus: number; memoryMib: number };

type Sized = Pick<SandboxListItem, 'status' | 'vcpu_count' | 'memory_mib'>;

const amount = (value: number | null | undefined) =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;

/** The active sandboxes' count, vCPUs and memory; a missing or unreadable size counts as nothing. */
export function resourcesInUse(items: readonly Sized[]): ResourcesInUse {
  const used: ResourcesInUse = { sandboxes: 0, vcpus: 0, memoryMib: 0 };
  for (const item of items) {
    if (item.status !== 'active') continue;
    used.sandboxes += 1;
    used.vcpus += amount(item.vcpu_count);
    used.memoryMib += amount(item.memory_mib);
  }
  return used;
}
