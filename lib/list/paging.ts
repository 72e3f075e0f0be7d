/** Page arithmetic for the list's pager and its "26–50 of 132" label. */

/** At least 1, so an empty list still has a page to show its empty state on. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/**
 * The page to show when `page` is past the end — e.g. after deleting the last rows of the last page, or a
 * shared link to a page that no longer exists.
 */
export function clampPage(page: number, total: number, pageSize: number): number {
  return Math.min(Math.max(1, page), pageCount(total, pageSize));
}

/** 1-based positions of the first and last row on the page; both 0 when the page is empty. */
export function pageRange(page: number, pageSize: number, total: number): { first: number; last: number } {
  const first = (page - 1) * pageSize + 1;
  if (total <= 0 || first > total) return { first: 0, last: 0 };
  return { first, last: Math.min(page * pageSize, total) };
}
