/** How sandbox resources read in the UI: "2 vCPU", "1 GiB", "512 MiB". Missing values show as "—". */

export function formatVcpu(count: number | null | undefined): string {
  if (count === null || count === undefined || !Number.isFinite(count)) return '—';
  return `${count} vCPU`;
}

/** MiB → the largest unit that keeps it readable; whole GiB without decimals, otherwise one decimal. */
export function formatMemoryMib(mib: number | null | undefined): string {
  if (mib === null || mib === undefined || !Number.isFinite(mib) || mib < 0) return '—';
  if (mib < 1024) return `${mib} MiB`;
  const gib = mib / 1024;
  return `${Number.isInteger(gib) ? gib : gib.toFixed(1)} GiB`;
}

/** "2 vCPU · 4 GiB" */
export function formatResources(
  vcpu: number | null | undefined,
  memoryMib: number | null | undefined,
): string {
  return `${formatVcpu(vcpu)} · ${formatMemoryMib(memoryMib)}`;
}

/** The first block of a UUID, enough to tell sandboxes apart at a glance: "3f2a9c1e". */
export function shortId(id: string): string {
  const first = id.split('-')[0] ?? id;
  return first.length >= 6 ? first : id.slice(0, 8);
}
