/**
 * What a screen reader hears as the palette's results change (a polite live region): how many there are, and
 * any search still running or failing. Nothing while the box is empty and nothing is listed.
 */
export function resultsAnnouncement(count: number, notices: readonly string[], query: string): string {
  const results =
    count === 0 ? (query.trim() === '' ? '' : 'No results.') : `${count} result${count === 1 ? '' : 's'}.`;
  return [results, ...notices].filter(Boolean).join(' ');
}
