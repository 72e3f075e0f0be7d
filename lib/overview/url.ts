/**
 * The overview's URL state: only its auto-refresh interval, under the list's own `refresh` parameter and
 * allow-list, so `/?refresh=15` and `/sandboxes?refresh=15` mean the same thing.
 */
import {
  DEFAULT_LIST_STATE,
  LIST_PARAMS,
  parseListParams,
  type RefreshInterval,
  type SearchParamsInput,
} from '@/lib/list/filters';

export function parseOverviewRefresh(input: SearchParamsInput): RefreshInterval {
  return parseListParams(input).refresh;
}

export function overviewHref(refresh: RefreshInterval): string {
  return refresh === DEFAULT_LIST_STATE.refresh ? '/' : `/?${LIST_PARAMS.refresh}=${refresh}`;
}
