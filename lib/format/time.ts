/**
 * Durations for the UI. Relative and absolute points in time ("4 s ago", "May 1, 2026, 7:00:05 PM UTC") live in
 * lib/lifetime.ts, next to the countdown they share their clock with: one implementation each.
 */

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** 90 → "1m 30s", 3600 → "1h", 604800 → "7d". For durations like a sandbox's lifetime cap. */
export function formatDuration(totalSeconds: number): string {
  if (!Number.isFinite(totalSeconds) || totalSeconds < 0) return '—';
  const seconds = Math.floor(totalSeconds);
  if (seconds === 0) return '0s';
  const parts: Array<[number, string]> = [
    [Math.floor(seconds / DAY), 'd'],
    [Math.floor((seconds % DAY) / HOUR), 'h'],
    [Math.floor((seconds % HOUR) / MINUTE), 'm'],
    [seconds % MINUTE, 's'],
  ];
  return parts
    .filter(([amount]) => amount > 0)
    .slice(0, 2)
    .map(([amount, unit]) => `${amount}${unit}`)
    .join(' ');
}
