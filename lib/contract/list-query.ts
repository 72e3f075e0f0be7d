/**
 * The query of `GET /sandboxes` as far as both our proxy and the embedded API check it: how many
 * `metadata.<key>=<value>` filters it has. (The embedded API checks the rest itself, lib/emulator/list-query.)
 */
import { LIST_METADATA_FILTERS_MAX } from './limits';

/** A metadata filter is a query parameter `metadata.<key>=<value>`. */
export const METADATA_FILTER_PREFIX = 'metadata.';

/** How many metadata filters `params` holds (repeated and empty keys count too: each one is a filter asked for). */
export function countMetadataFilters(params: URLSearchParams): number {
  let count = 0;
  for (const name of params.keys()) if (name.startsWith(METADATA_FILTER_PREFIX)) count++;
  return count;
}

/** Why `params` can't be used, when it has more metadata filters than LIST_METADATA_FILTERS_MAX; else undefined. */
export function metadataFilterCountProblem(params: URLSearchParams): string | undefined {
  const count = countMetadataFilters(params);
  if (count <= LIST_METADATA_FILTERS_MAX) return undefined;
  return `${count} metadata filters given; the limit is ${LIST_METADATA_FILTERS_MAX}, as a sandbox has at most ${LIST_METADATA_FILTERS_MAX} metadata keys (so more filters could never all match)`;
}
