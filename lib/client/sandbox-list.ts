/**
 * What a `GET /sandboxes` answer means, whoever fetched it: the browser's list query (lib/client/sandboxes,
 * lib/client/all-sandboxes) or the server's prefetch of a page's first rows (lib/server/page-data). Not a client
 * module, so both sides read an answer the same way and the server's cache entry is exactly the browser's.
 */
import type { SandboxListItem } from '@/lib/contract';
import { ApiError } from './api-error';
import { allSandboxesParams } from './list-url';
import type { SandboxListParams } from './query-keys';

export type SandboxList = {
  items: SandboxListItem[];
  /** From `X-Total-Count`; null when the deployment does not send it (older API: page on the client). */
  total: number | null;
};

function parseTotal(header: string | null): number | null {
  if (header === null || !/^\d+$/.test(header.trim())) return null;
  return Number(header);
}

/** One answer's body and headers as a SandboxList; anything but a JSON array is an invalid response. */
export function readSandboxList(data: unknown, headers: Headers): SandboxList {
  if (!Array.isArray(data)) {
    throw new ApiError({
      status: 200,
      code: 'invalid_response',
      message: 'The API answered with something other than a list of sandboxes.',
    });
  }
  return { items: data as SandboxListItem[], total: parseTotal(headers.get('x-total-count')) };
}

/** A bound on the loop, whatever a misbehaving total says: 200 pages of 200 sandboxes. */
const MAX_PAGES = 200;

/**
 * Every sandbox matching `metadata`, one page after another through `fetchPage`, until the total is reached. A
 * deployment without X-Total-Count ignores `limit` and `offset` and sent everything in the first answer.
 */
export async function collectAllSandboxes(
  metadata: Record<string, string> | undefined,
  fetchPage: (params: SandboxListParams) => Promise<SandboxList>,
): Promise<SandboxList> {
  const first = await fetchPage(allSandboxesParams(metadata, 0));
  if (first.total === null) return first;
  const byId = new Map<string, SandboxListItem>(first.items.map((item) => [item.id, item]));
  let offset = first.items.length;
  for (let page = 1; offset < first.total && page < MAX_PAGES; page++) {
    const next = await fetchPage(allSandboxesParams(metadata, offset));
    if (next.items.length === 0) break; // some were deleted meanwhile: the total shrank
    // A sandbox deleted meanwhile shifts the rest back by one, so one may come twice: keep it once.
    for (const item of next.items) byId.set(item.id, item);
    offset += next.items.length;
  }
  const items = [...byId.values()];
  // `total` is the count held, so the list's optimistic updates (removeCachedSandbox) keep it right.
  return { items, total: items.length };
}
