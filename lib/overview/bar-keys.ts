/**
 * Reading a bar chart from the keyboard: the arrow keys step from bar to bar, Home and End jump to the first and
 * the last. From no bar yet, any of them starts at the latest (the one people look for first).
 */
export function nextBarIndex(key: string, current: number | null, count: number): number | null {
  if (count === 0) return null;
  const last = count - 1;
  switch (key) {
    case 'ArrowLeft':
      return current === null ? last : Math.max(0, current - 1);
    case 'ArrowRight':
      return current === null ? last : Math.min(last, current + 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}
