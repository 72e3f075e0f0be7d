/**
 * The templates list's view state and its two outside forms: the page URL (so a view can be shared and
 * reloaded) and the API query. Every value read from a URL is allow-listed: a hand-edited or stale link falls back
 * to a default. The API filters by name prefix only; status and kind (system or the team's own) are the browser's.
 */
import { TEMPLATE_STATUSES, type TemplateStatus } from '@/lib/contract/statuses';
import { REFRESH_INTERVALS, type RefreshInterval } from '@/lib/list/state';
import { isSystemTemplate } from './actions';

export const TEMPLATE_STATUS_FILTERS = ['all', ...TEMPLATE_STATUSES] as const;
export type TemplateStatusFilter = (typeof TEMPLATE_STATUS_FILTERS)[number];

/** System templates are Superserve's curated `superserve/…` ones; "own" are the team's. */
export const TEMPLATE_KINDS = ['all', 'system', 'own'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export type TemplateListState = {
  /** Names starting with this (case-sensitive, as names are lowercase); '' = every name. */
  namePrefix: string;
  status: TemplateStatusFilter;
  kind: TemplateKind;
  refresh: RefreshInterval;
};

export const DEFAULT_TEMPLATE_LIST_STATE: Readonly<TemplateListState> = Object.freeze({
  namePrefix: '',
  status: 'all',
  kind: 'all',
  refresh: 'off',
});

/** URL parameter names; `name_prefix` is the API's own word, so a view's URL reads like its request. */
export const TEMPLATE_LIST_PARAMS = {
  namePrefix: 'name_prefix',
  status: 'status',
  kind: 'kind',
  refresh: 'refresh',
} as const;

/** Template names are at most 128 characters: a longer prefix can match nothing, and URLs stay bounded. */
export const NAME_PREFIX_MAX_LENGTH = 128;

/** Trims, and cuts at NAME_PREFIX_MAX_LENGTH code points. */
export function normalizeNamePrefix(raw: string): string {
  return Array.from(raw.trim()).slice(0, NAME_PREFIX_MAX_LENGTH).join('').trim();
}

type ParamsInput = Pick<URLSearchParams, 'get'>;

function pick<T extends string | number>(allowed: readonly T[], raw: string | null): T | undefined {
  return raw === null ? undefined : allowed.find((value) => String(value) === raw);
}

export function parseTemplateListParams(params: ParamsInput): TemplateListState {
  const defaults = DEFAULT_TEMPLATE_LIST_STATE;
  return {
    namePrefix: normalizeNamePrefix(params.get(TEMPLATE_LIST_PARAMS.namePrefix) ?? ''),
    status: pick(TEMPLATE_STATUS_FILTERS, params.get(TEMPLATE_LIST_PARAMS.status)) ?? defaults.status,
    kind: pick(TEMPLATE_KINDS, params.get(TEMPLATE_LIST_PARAMS.kind)) ?? defaults.kind,
    refresh: pick(REFRESH_INTERVALS, params.get(TEMPLATE_LIST_PARAMS.refresh)) ?? defaults.refresh,
  };
}

/** `/templates` plus the state's query; defaults are left out so a plain view has a plain URL. */
export function templateListHref(state: TemplateListState, pathname = '/templates'): string {
  const params = new URLSearchParams();
  if (state.namePrefix !== '') params.set(TEMPLATE_LIST_PARAMS.namePrefix, state.namePrefix);
  if (state.status !== 'all') params.set(TEMPLATE_LIST_PARAMS.status, state.status);
  if (state.kind !== 'all') params.set(TEMPLATE_LIST_PARAMS.kind, state.kind);
  if (state.refresh !== 'off') params.set(TEMPLATE_LIST_PARAMS.refresh, String(state.refresh));
  const query = params.toString();
  return query === '' ? pathname : `${pathname}?${query}`;
}

/** The `GET /templates` query (and its cache key): the prefix only, absent when empty. */
export function templateApiParams(state: TemplateListState): { name_prefix?: string } {
  return state.namePrefix === '' ? {} : { name_prefix: state.namePrefix };
}

/** Whether anything narrows the rows: tells "Nothing matches" apart from "No templates yet". */
export function hasTemplateFilters(state: TemplateListState): boolean {
  return state.namePrefix !== '' || state.status !== 'all' || state.kind !== 'all';
}

/** Keeps the refresh interval; drops what narrows the rows. */
export function clearTemplateFilters(state: TemplateListState): TemplateListState {
  return { ...state, namePrefix: '', status: 'all', kind: 'all' };
}

/**
 * The rows the view shows, in the API's order (newest first). The prefix is applied again: a backend that
 * ignores `name_prefix` must not show rows the filter says are gone.
 */
export function filterTemplates<T extends { name: string; status: string }>(
  templates: readonly T[],
  state: TemplateListState,
): T[] {
  return templates.filter(
    (template) =>
      template.name.startsWith(state.namePrefix) &&
      (state.status === 'all' || template.status === state.status) &&
      (state.kind === 'all' || isSystemTemplate(template) === (state.kind === 'system')),
  );
}

export type { TemplateStatus };
