/** Metadata key suggestions: the keys the team's sandboxes already use, most used first. */
export function collectMetadataKeys(
  sandboxes: ReadonlyArray<{ metadata?: Record<string, string> | null }>,
  limit = 50,
): string[] {
  const counts = new Map<string, number>();
  for (const sandbox of sandboxes) {
    for (const key of Object.keys(sandbox.metadata ?? {})) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([key]) => key);
}
