/**
 * How the command palette orders what matches a query: one pure function for every group (pages, sandboxes,
 * templates, commands), so the order is predictable and tested. The server's `q` (a case-insensitive name
 * substring) only narrows the sandboxes; the order is always decided here.
 */

/** How well a text matches, best first; `none` leaves the item out. */
export const MATCH_TIERS = ['id', 'prefix', 'word', 'substring', 'none'] as const;
export type MatchTier = (typeof MATCH_TIERS)[number];

export type Rankable = {
  /** What is shown and searched: a sandbox's name, a page's label. */
  text: string;
  /** Other words that find the item ("list" finds Sandboxes); matched like `text`, one tier lower at best. */
  keywords?: readonly string[];
  /** The API id, matched only exactly: an exact id beats any name. */
  id?: string;
  /** Position in the recently visited list (0 = the latest); undefined when not recently visited. */
  recent?: number;
};

/** Where a word starts: after a space, dash, underscore, dot, slash or colon, or at a lower→upper case change. */
const WORD_START = /(?:^|[\s\-_./:])(\p{L}|\p{N})|(?<=\p{Ll})(\p{Lu})/gu;

function wordStarts(text: string): number[] {
  const starts: number[] = [];
  for (const match of text.matchAll(WORD_START)) {
    const start = match.index + match[0].length - (match[1] ?? match[2] ?? '').length;
    starts.push(start);
  }
  return starts;
}

/** The tier of one text for an already lower-cased, trimmed query. */
function textTier(text: string, needle: string): MatchTier {
  const lower = text.toLowerCase();
  if (lower.startsWith(needle)) return 'prefix';
  const at = lower.indexOf(needle);
  if (at === -1) return 'none';
  // A later occurrence may start a word even when the first one doesn't ("web-api-web").
  for (const start of wordStarts(text)) if (lower.startsWith(needle, start)) return 'word';
  return 'substring';
}

const order = (tier: MatchTier) => MATCH_TIERS.indexOf(tier);

/** The trimmed, lower-cased query the palette matches with. */
export function normalizePaletteQuery(query: string): string {
  return query.trim().toLowerCase();
}

/**
 * How `item` matches `query`. An empty query matches everything (as `substring`, so nothing is promoted). A
 * keyword's match counts one tier lower than the same match on the text, and never as an id.
 */
export function matchTier(item: Rankable, query: string): MatchTier {
  const needle = normalizePaletteQuery(query);
  if (needle === '') return 'substring';
  if (item.id !== undefined && item.id.toLowerCase() === needle) return 'id';
  let best = textTier(item.text, needle);
  for (const keyword of item.keywords ?? []) {
    const tier = textTier(keyword, needle);
    if (tier === 'none') continue;
    const lowered = MATCH_TIERS[Math.min(order(tier) + 1, order('substring'))] as MatchTier;
    if (order(lowered) < order(best)) best = lowered;
  }
  return best;
}

/**
 * The items that match `query`, best first: an exact id, then recently visited items (the latest first), then
 * by tier (name prefix, word start, substring); equal items keep the order they came in, so results never jump
 * between keystrokes that don't change their match.
 */
export function rankItems<T extends Rankable>(items: readonly T[], query: string): T[] {
  const scored = items
    .map((item, index) => ({ item, index, tier: matchTier(item, query) }))
    .filter(({ tier }) => tier !== 'none');
  scored.sort((a, b) => {
    const aId = a.tier === 'id' ? 0 : 1;
    const bId = b.tier === 'id' ? 0 : 1;
    if (aId !== bId) return aId - bId;
    const aRecent = a.item.recent ?? Number.POSITIVE_INFINITY;
    const bRecent = b.item.recent ?? Number.POSITIVE_INFINITY;
    if (aRecent !== bRecent) return aRecent < bRecent ? -1 : 1;
    return order(a.tier) - order(b.tier) || a.index - b.index;
  });
  return scored.map(({ item }) => item);
}
