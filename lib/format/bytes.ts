/** Byte sizes for the UI: "512 B", "2 KB", "1.5 MB". */

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/**
 * A short human size, in the units the API docs use: 1 KB = 1024 bytes ("2 KB values, 16 KB total").
 * Whole numbers stay whole ("16 KB"), others get one decimal ("1.5 KB").
 */
export function formatBytes(n: number): string {
  if (!Number.isFinite(n) || n < 0) return '—';
  let value = n;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const rounded = unit === 0 ? Math.round(value) : Math.round(value * 10) / 10;
  return `${rounded} ${UNITS[unit]}`;
}
