/**
 * The palette's "Sandboxes" group: recently visited sandboxes merged with what the search found, ranked by
 * rank.ts. Pure, so the merge rules (recent first, one row per sandbox, no dead recents) are tested.
 */
import { rankItems, type Rankable } from './rank';
import type { RecentSandbox } from './recent';

export type SandboxHit = Rankable & { id: string; name: string; status?: string };

type Found = { id: string; name: string; status: string };

export type SandboxHitsInput = {
  query: string;
  recent: readonly RecentSandbox[];
  /** What the search returned; already narrowed by the server's `q`, or every sandbox (older API). */
  found: readonly Found[];
  /**
   * True when `found` holds every sandbox that matches the query (the answer is for this query and nothing was
   * cut off): a recent sandbox missing from it was deleted, so it is not offered.
   */
  complete: boolean;
  limit: number;
  /** Matches the server counted (X-Total-Count) but did not send, beyond its page. */
  moreOnServer?: number;
};

/** The rows to show and how many matches were left out by the limit (for "See all in the list"). */
export function sandboxHits({ query, recent, found, complete, limit, moreOnServer = 0 }: SandboxHitsInput): {
  hits: SandboxHit[];
  hidden: number;
} {
  const byId = new Map(found.map((sandbox) => [sandbox.id, sandbox]));
  const recentHits: SandboxHit[] = recent
    .filter((entry) => !complete || query.trim() === '' || byId.has(entry.id))
    .map((entry, index) => ({
      id: entry.id,
      name: byId.get(entry.id)?.name ?? entry.name,
      text: byId.get(entry.id)?.name ?? entry.name,
      status: byId.get(entry.id)?.status,
      recent: index,
    }));
  if (query.trim() === '') return { hits: recentHits.slice(0, limit), hidden: 0 };
  const recentIds = new Set(recent.map((entry) => entry.id));
  const others: SandboxHit[] = found
    .filter((sandbox) => !recentIds.has(sandbox.id))
    .map((sandbox) => ({ id: sandbox.id, name: sandbox.name, text: sandbox.name, status: sandbox.status }));
  const ranked = rankItems([...recentHits, ...others], query);
  return { hits: ranked.slice(0, limit), hidden: Math.max(0, ranked.length - limit) + moreOnServer };
}
