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
